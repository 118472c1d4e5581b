import { MedusaError } from "@medusajs/framework/utils"

/** A refusal the API answers with: Medusa's error plus the field of the request it is about. */
export type Refusal = MedusaError & { field?: string }

/**
 * A `MedusaError` with a stable `code` (snake_case, what clients translate) and, when the
 * refusal is about one field of the request, that field's path (`variants.0.prices.0.amount`).
 * The message stays a human text for clients that do not know the code.
 */
export function refusal(type: string, code: string, message: string, field?: string): Refusal {
  const error: Refusal = new MedusaError(type, message, code)
  if (field) error.field = field
  return error
}
