import { z } from "zod"
import { parseEuro } from "../util/bottega"

/** Shared by the product and variant actions of La mia bottega; messages are `validation.*` keys. */

export const variantTitle = z.string().trim().min(1, "validation.variant_name").max(120, "validation.too_long")

/** What is wrong with a price that `parseEuro` refused, told as precisely as the maker can act on it. */
export function priceProblem(typed: string): "validation.price_negative" | "validation.price_cents" | "validation.price_format" {
  const compact = typed.replace(/\s|€/g, "")
  if (compact.startsWith("-")) return "validation.price_negative"
  if (/^\d[\d.]*,\d{3,}$|^\d+\.\d{3,}$/.test(compact)) return "validation.price_cents"
  return "validation.price_format"
}

/** A price typed in euro (`4,50`), VAT included, to the cent. */
export const euroPrice = z
  .string()
  .trim()
  .min(1, "validation.price_format")
  .transform((v, ctx) => {
    const amount = parseEuro(v)
    if (amount === null) ctx.addIssue({ code: z.ZodIssueCode.custom, message: priceProblem(v) })
    return amount ?? 0
  })

/** Pieces on the shelf; an empty field means none. */
export const stockCount = z
  .string()
  .trim()
  .transform((v) => v || "0")
  .pipe(z.coerce.number({ message: "validation.stock" }).int("validation.stock").min(0, "validation.stock").max(100_000, "validation.stock"))

/** An id picked from a list; nothing picked (or something odd) reads as "choose one". */
const picked = (message: "validation.category" | "validation.vat_class") =>
  z.string({ message }).trim().min(1, message).max(100, message).regex(/^[A-Za-z0-9_]+$/, message)

/** Category and VAT class, chosen from the lists the API gives (GET /vendor/catalogue). */
export const classification = { category_id: picked("validation.category"), vat_class_id: picked("validation.vat_class") }

export const euro = (amount: number) => [{ amount, currency_code: "eur" }]
