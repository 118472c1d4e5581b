import { forgetEndedLogins } from "@/lib/ended-logins"

/**
 * Called by the sign-in page that told the visitor their login ended (a password changed elsewhere).
 * A route rather than a server action: an action that changes cookies re-renders the page, and the
 * notice would vanish before it is read.
 */
export async function POST(): Promise<Response> {
  return Response.json({ forgotten: await forgetEndedLogins() }, { headers: { "cache-control": "private, no-store" } })
}
