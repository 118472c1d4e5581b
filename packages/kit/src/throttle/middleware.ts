import { createHash } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Backoff } from "./backoff"
import { clientAddress } from "./client-address"
import { throttleSettings, type ThrottleSettings } from "./settings"
import { limiterFactory, throttleStoreReady, type LimiterFactory } from "./store"

export type ThrottleRequest = MedusaRequest<any>

export type ThrottleRule = {
  /** Names the counters, e.g. "login:vendor"; rules with the same name share them. */
  name: string
  /** The account an attempt is about (e-mail, invite token, voucher code), if the body says. */
  account?: (req: ThrottleRequest) => unknown
  /**
   * "failures": a successful answer (2xx/3xx) gives its attempt back (logins, invites, vouchers).
   * "all": every request counts (registrations: each one creates an identity).
   */
  count?: "failures" | "all"
}

type Scopes = { client: Backoff; account: Backoff; pair: Backoff }
const scopesByName = new Map<string, Scopes>()

function scopesFor(name: string, s: ThrottleSettings, limiter: LimiterFactory): Scopes {
  let scopes = scopesByName.get(name)
  if (!scopes) {
    const base = { waitS: s.backoffS, memoryS: s.memoryS }
    scopes = {
      // one account from one client: the stranger guessing a password is slowed down…
      pair: new Backoff({ ...base, name: `${name}:pair`, free: s.tries, maxWaitS: s.maxBackoffS }, limiter),
      // …one client trying many accounts…
      client: new Backoff({ ...base, name: `${name}:client`, free: 4 * s.tries, maxWaitS: s.maxBackoffS }, limiter),
      // …and one account tried from many clients, with short waits so its owner still gets in.
      account: new Backoff({ ...base, name: `${name}:account`, free: 2 * s.tries, maxWaitS: s.accountMaxBackoffS }, limiter),
    }
    scopesByName.set(name, scopes)
  }
  return scopes
}

// Keys never hold an e-mail or a token in clear (they may sit in a shared Redis).
const digest = (value: string) => createHash("sha256").update(value).digest("base64url").slice(0, 32)

function accountKey(rule: ThrottleRule, req: ThrottleRequest): string | null {
  const value = rule.account?.(req)
  return typeof value === "string" && value.trim() ? digest(value.trim().toLowerCase()) : null
}

/**
 * Express/Medusa middleware: answers 429 with Retry-After while the client, the account, or the
 * account from this client has to wait; otherwise counts the attempt and lets it through.
 */
export function throttle(rule: ThrottleRule) {
  return async (req: ThrottleRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const settings = throttleSettings()
      const scopes = scopesFor(rule.name, settings, limiterFactory())
      await throttleStoreReady()
      const client = clientAddress(req)
      const account = accountKey(rule, req)
      const checks: [Backoff, string][] = [[scopes.client, client]]
      if (account) checks.push([scopes.account, account], [scopes.pair, `${account}|${client}`])

      const waits = await Promise.all(checks.map(([scope, key]) => scope.waitMs(key)))
      const waitMs = Math.max(...waits)
      if (waitMs > 0) {
        const seconds = Math.max(1, Math.ceil(waitMs / 1000))
        res.setHeader("Retry-After", String(seconds))
        res.status(429).json({ type: "too_many_requests", message: `Too many attempts: try again in ${seconds} s` })
        return
      }
      // Counted before the route runs, so a burst of parallel guesses cannot slip past the count.
      await Promise.all(checks.map(([scope, key]) => scope.attempt(key)))
      if ((rule.count ?? "failures") === "failures") {
        res.on("finish", () => {
          if (res.statusCode >= 400) return
          const [clientCheck, accountCheck, pairCheck] = checks
          Promise.all([
            clientCheck[0].refund(clientCheck[1]),
            accountCheck && accountCheck[0].refund(accountCheck[1]),
            pairCheck && pairCheck[0].reset(pairCheck[1]),
          ]).catch(() => undefined)
        })
      }
      next()
    } catch (err) {
      next(err)
    }
  }
}

/** For tests: forgets the counters' objects (a new store is made on the next request). */
export function resetThrottleScopes() {
  scopesByName.clear()
}
