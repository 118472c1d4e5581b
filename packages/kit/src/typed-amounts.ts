import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { parseTypedHundredths } from "./amount"
import { refusal } from "./errors/refusal"

/**
 * Amounts typed by a person in Medusa's admin (euro, or a percentage) arrive as they were typed,
 * with the admin's language in `Content-Language`, and are read here — one place, by that
 * language's separators — into the route's own field in hundredths (cents, basis points).
 * `fields` maps a typed field to the route's field: `{ amount_typed: "amount" }`. An empty string
 * becomes null (a cleared override). What cannot be read is a 400 naming the field; the route's
 * own validation then runs on the result as for any other caller.
 */
export const typedAmounts =
  (fields: Record<string, string>) =>
  (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const body = req.body as Record<string, unknown> | undefined
    if (!body || typeof body !== "object") return next()
    const locale = (req.get("content-language") ?? "it").split(",")[0].trim() || "it"
    for (const [typed, field] of Object.entries(fields)) {
      if (!(typed in body)) continue
      const text = body[typed]
      if (typeof text !== "string") return next(refusal(MedusaError.Types.INVALID_DATA, "amount_not_typed", `${typed}: expected the amount as typed (a string)`, typed))
      let value: number | null
      try {
        value = text.trim() === "" ? null : parseTypedHundredths(text, locale)
      } catch {
        return next(refusal(MedusaError.Types.INVALID_DATA, "unknown_language", `${typed}: Content-Language "${locale}" is not a language`, typed))
      }
      if (value === null && text.trim() !== "") {
        const example = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(1250.5)
        return next(refusal(MedusaError.Types.INVALID_DATA, "amount_not_a_number", `${typed}: "${text}" is not an amount (write it like ${example})`, typed))
      }
      delete body[typed]
      body[field] = value
    }
    next()
  }
