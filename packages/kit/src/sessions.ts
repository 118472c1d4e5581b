import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { IAuthModuleService, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { refusal } from "./errors/refusal"

/**
 * A changed or reset password ends the login's sessions elsewhere (a phone left signed in, a stolen token).
 * Medusa's login tokens are signed JWTs that hold until they expire, so the login itself (its auth identity)
 * keeps the second from which its tokens count, and a token issued before that second is refused.
 */
const SESSIONS_FROM = "sessions_from"

export const SESSION_ENDED = "session_ended"

/**
 * Left for Medusa's admin when its cookie session is refused: the dashboard answers any 401 with its login page, and
 * our login-page widget reads this to say why (a few minutes, then forgotten; it holds nothing secret).
 */
export const ADMIN_SESSION_ENDED_COOKIE = "rbv_session_ended"

const nowSeconds = () => Math.floor(Date.now() / 1000)

/**
 * Waits for the next whole second and returns it. Tokens carry their issue time in whole seconds: a change made at
 * the start of a second can refuse every token issued before it (all in earlier seconds), where one made mid-second
 * would have to spare the tokens of its own second — an old session signed in a moment before included.
 */
export async function nextSecond(): Promise<number> {
  const second = nowSeconds() + 1
  // A timer may fire a moment early: wait until the clock says so.
  while (Date.now() < second * 1000) await new Promise((resolve) => setTimeout(resolve, second * 1000 - Date.now()))
  return second
}

/** From `from` (seconds; now by default) on, only tokens issued since count for this login. */
export async function endSessions(scope: MedusaContainer, authIdentityId: string, from = nowSeconds()) {
  const auth = scope.resolve<IAuthModuleService>(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(authIdentityId)
  await auth.updateAuthIdentities({ id: authIdentityId, app_metadata: { ...(identity.app_metadata ?? {}), [SESSIONS_FROM]: from } })
}

/**
 * The claims of the request's bearer token, unverified: only ever used to refuse, never to let in (Medusa's own
 * `authenticate` checks the signature of whatever passes here).
 */
function bearerClaims(req: MedusaRequest): Record<string, unknown> | null {
  const [scheme, token] = (req.headers.authorization ?? "").split(" ")
  if (scheme?.toLowerCase() !== "bearer" || !token) return null
  try {
    return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"))
  } catch {
    return null
  }
}

/** Whether a login's token (its claims) was issued before the login's password last changed. */
async function ended(req: MedusaRequest, claims: Record<string, unknown> | null | undefined): Promise<boolean> {
  const identityId = claims?.auth_identity_id
  if (typeof identityId !== "string" || !identityId || typeof claims?.iat !== "number") return false
  let from: unknown
  try {
    from = (await req.scope.resolve<IAuthModuleService>(Modules.AUTH).retrieveAuthIdentity(identityId)).app_metadata?.[SESSIONS_FROM]
  } catch {
    return false // no such login: Medusa's authenticate refuses it
  }
  return typeof from === "number" && claims.iat < from
}

type CookieSession = { auth_context?: Record<string, unknown>; destroy(done: (err?: unknown) => void): void }

/**
 * Refuses a bearer token, or a cookie session (the admin's: `POST /auth/session` keeps the claims of the token it was
 * made from, `iat` included), issued before the login's password changed. The cookie session is destroyed too.
 */
async function sessionStillValid(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cookie = (req as MedusaRequest & { session?: CookieSession }).session
  const cookieEnded = await ended(req, cookie?.auth_context)
  if (cookieEnded) {
    await new Promise<void>((resolve) => cookie!.destroy(() => resolve()))
    res.cookie(ADMIN_SESSION_ENDED_COOKIE, "1", { path: "/", maxAge: 5 * 60_000, sameSite: "lax" })
  }
  if (cookieEnded || (await ended(req, bearerClaims(req)))) {
    return next(refusal(MedusaError.Types.UNAUTHORIZED, SESSION_ENDED, "This session ended when the login's password changed: sign in again"))
  }
  next()
}

/**
 * A reset link's new password (Medusa's `/auth/<actor>/emailpass/update`, whose bearer is the link's token naming the
 * e-mail) ends the login's sessions once Medusa has taken it: every token issued before the whole second it waits for
 * (`nextSecond`), so the login that follows the reset is not caught by its own change.
 */
export async function endSessionsOnReset(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const from = await nextSecond()
  const email = bearerClaims(req)?.entity_id
  res.on("finish", () => {
    if (res.statusCode >= 300 || typeof email !== "string") return
    const auth = req.scope.resolve<IAuthModuleService>(Modules.AUTH)
    auth
      .listProviderIdentities({ entity_id: email, provider: "emailpass" })
      .then(([login]) => (login?.auth_identity_id ? endSessions(req.scope, login.auth_identity_id, from) : undefined))
      .catch(() => undefined)
  })
  next()
}

/**
 * The routes on which a token issued before its login's password changed is refused: each of `prefixes` (an actor
 * type's API, e.g. "/vendor"), and Medusa's own routes that turn a token into another one.
 */
export function sessionRoutes(prefixes: string[]): MiddlewareRoute[] {
  return [...prefixes.map((p) => `${p}/*`), "/auth/token/refresh", "/auth/session"].map((matcher) => ({ matcher, middlewares: [sessionStillValid] }))
}
