import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "./errors/refusal"

/** The network's rule for a new password, the same the storefront's forms state (schemas.ts). */
export const PASSWORD_LENGTH = { min: 8, max: 128 }

/**
 * A new password kept to the network's rule before Medusa takes it: a new login's (Medusa's own register route takes
 * any string) and a reset link's (this runs before core's middleware on the update route, which spends the link, so
 * a refused password leaves the link usable).
 */
export function newPasswordPolicy(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const password = (req.body as { password?: unknown } | undefined)?.password
  if (typeof password === "string" && password.length >= PASSWORD_LENGTH.min && password.length <= PASSWORD_LENGTH.max) return next()
  next(
    refusal(
      MedusaError.Types.INVALID_DATA,
      "password_length",
      `password: between ${PASSWORD_LENGTH.min} and ${PASSWORD_LENGTH.max} characters`,
      "password"
    )
  )
}
