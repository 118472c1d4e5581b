import type { AuthenticatedMedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { IAuthModuleService, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { refusal } from "./errors/refusal"
import { validateAndTransformBody } from "./errors/validate"
import { signedIn } from "./signed-in"
import { throttle } from "./throttle/middleware"
import { PASSWORD_LENGTH } from "./password-policy"
import { endSessions, nextSecond } from "./sessions"

/** `{ current_password, new_password }`: the body of each login's own "change password" route. */
export const ChangeOwnPassword = z
  .object({ current_password: z.string().min(1).max(1024), new_password: z.string().min(PASSWORD_LENGTH.min).max(PASSWORD_LENGTH.max) })
  .strict()
export type ChangeOwnPassword = z.infer<typeof ChangeOwnPassword>

/**
 * Someone signed in changes their own password: the current one is asked again (a phone left
 * unlocked is not enough), then Medusa's e-mail + password provider stores the new one and every
 * session of the login ends. One e-mail is one login, so a person who is both a resident and a
 * maker changes it for both.
 */
export async function changeOwnPassword(scope: MedusaContainer, authIdentityId: string, body: ChangeOwnPassword) {
  const auth = scope.resolve<IAuthModuleService>(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(authIdentityId, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) throw refusal(MedusaError.Types.NOT_ALLOWED, "no_password_login", "This login has no password to change")
  const check = await auth.authenticate("emailpass", { body: { email, password: body.current_password } } as never)
  if (!check.success) throw refusal(MedusaError.Types.INVALID_DATA, "wrong_password", "current_password: not the password of this login", "current_password")
  const from = await nextSecond()
  await auth.updateProvider("emailpass", { entity_id: email, password: body.new_password })
  await endSessions(scope, authIdentityId, from)
  return { email }
}

/** The route itself (`export const POST = postOwnPassword`): the same for every kind of login. */
export async function postOwnPassword(req: AuthenticatedMedusaRequest<ChangeOwnPassword>, res: MedusaResponse) {
  // Every session of the login ends, this one too: the caller signs in again with the new password.
  const { email } = await changeOwnPassword(req.scope, req.auth_context.auth_identity_id, req.validatedBody)
  res.json({ changed: true, email })
}

/**
 * The guards of one actor type's "change password" route: signed in as that actor, the current
 * password guessed at most a few times per login (a stolen session cannot try them all), the body.
 */
export function ownPasswordRoute(matcher: string, actorType: string): MiddlewareRoute {
  return {
    matcher,
    method: ["POST"],
    middlewares: [
      signedIn(actorType, ["session", "bearer"]),
      throttle({ name: `password-change:${actorType}`, account: (req) => (req as { auth_context?: { auth_identity_id?: string } }).auth_context?.auth_identity_id }),
      validateAndTransformBody(ChangeOwnPassword),
    ],
  }
}
