import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "./errors/refusal"

/** The network's rule for a new password, the same the storefront's forms state (schemas.ts). */
export const PASSWORD_LENGTH = { min: 8, max: 128 }

/**
 * A new login's password kept to the network's rule before Medusa creates the login: Medusa's own
 * register route takes any string. (A reset's new password cannot be checked here: Medusa's
 * route spends the single-use link before any middleware of ours runs, so the storefront checks it.)
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
