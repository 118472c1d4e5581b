import type { IncomingMessage } from "node:http"
import ipaddr from "ipaddr.js"
import proxyaddr from "proxy-addr"

type Trust = (address: string, hop: number) => boolean

/**
 * Which hops may tell us the client's address through X-Forwarded-For. Medusa sets express'
 * `trust proxy` to 1 for everyone, so `req.ip` is whatever a client writes in that header when
 * no proxy stands in front: we ignore it and read TRUST_PROXY instead — unset or "false": the
 * socket's address only; a number: that many proxies in front; otherwise addresses/subnets or
 * proxy-addr's names ("loopback", "uniquelocal"), comma-separated.
 */
export function trustFrom(setting: string | undefined): Trust | null {
  const value = setting?.trim()
  if (!value || value === "false" || value === "0") return null
  if (value === "true") return () => true
  if (/^\d+$/.test(value)) {
    const hops = Number(value)
    return (_address, hop) => hop < hops
  }
  return proxyaddr.compile(value.split(",").map((s) => s.trim()).filter(Boolean))
}

/**
 * The address we throttle on. IPv4-mapped IPv6 becomes IPv4; an IPv6 client is keyed by its /64,
 * the block one household or phone gets (else each of its 2^64 addresses counts apart).
 */
export function clientAddress(req: IncomingMessage, trust: Trust | null = trustFrom(process.env.TRUST_PROXY)): string {
  const raw = trust ? proxyaddr(req, trust) : req.socket?.remoteAddress
  if (!raw || !ipaddr.isValid(raw)) return "unknown"
  const address = ipaddr.process(raw)
  if (address.kind() === "ipv4") return address.toString()
  return `${(address as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16)).join(":")}::/64`
}
