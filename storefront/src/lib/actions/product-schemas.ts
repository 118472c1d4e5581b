import { z } from "zod"
import { parseEuro } from "../util/bottega"

/** Shared by the product and variant actions of La mia bottega; messages are `validation.*` keys. */

export const variantTitle = z.string().trim().min(1, "validation.required").max(120, "validation.too_long")

/** A price typed in euro (`4,50`), VAT included, to the cent. */
export const euroPrice = z
  .string()
  .trim()
  .min(1, "validation.required")
  .transform((v, ctx) => {
    const amount = parseEuro(v)
    if (amount === null) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "validation.price" })
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
