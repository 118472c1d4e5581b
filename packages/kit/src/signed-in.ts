import { authenticate, type AuthenticatedMedusaRequest, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "./errors/refusal"

type Authenticate = typeof authenticate
type AuthOptions = NonNullable<Parameters<Authenticate>[2]>

export const NOT_SIGNED_IN = "not_signed_in"

/**
 * Medusa's `authenticate`, with its refusal answered like every other one of our API: Medusa
 * itself answers a request without a login `{ message: "Unauthorized" }` with no code, before any
 * error handler. Here Medusa only reads the session or token (`allowUnauthenticated`), and a
 * request it did not sign in goes to the error handler as a 401 `not_signed_in`.
 */
export function signedIn(actorType: Parameters<Authenticate>[0], authTypes: Parameters<Authenticate>[1], options: AuthOptions = {}) {
  const medusa = authenticate(actorType, authTypes, { ...options, allowUnauthenticated: true, requireMfa: options.requireMfa ?? !options.allowUnauthenticated })
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const afterMedusa = (err?: unknown) => {
      if (err) return next(err)
      const auth = (req as AuthenticatedMedusaRequest).auth_context as AuthenticatedMedusaRequest["auth_context"] | undefined
      const through = Boolean(auth?.actor_id || (options.allowUnregistered && auth?.auth_identity_id) || options.allowUnauthenticated)
      next(through ? undefined : refusal(MedusaError.Types.UNAUTHORIZED, NOT_SIGNED_IN, "Unauthorized"))
    }
    Promise.resolve(medusa(req, res, afterMedusa)).catch(next)
  }
}
