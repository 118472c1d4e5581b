import "server-only"
import { headers } from "next/headers"

/**
 * Logins, registrations and invites reach Medusa from this server, so Medusa's throttling would
 * see one client — the storefront — for every visitor. The X-Forwarded-For the request came
 * with (written by the reverse proxy in front of the storefront) is passed on; Medusa believes
 * it only from the hops its TRUST_PROXY names, and ignores it otherwise.
 */
export async function forwardedFor(): Promise<Record<string, string>> {
  const value = (await headers()).get("x-forwarded-for")
  return value ? { "x-forwarded-for": value } : {}
}
