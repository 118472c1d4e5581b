import { z } from "zod"

/** Shared field rules; each message is a `validation.*` key translated by `zodFieldErrors`. */
export const requiredText = (max = 120) =>
  z.string().trim().min(1, "validation.required").max(max, "validation.too_long")

export const email = z.string().trim().min(1, "validation.required").email("validation.email").max(254, "validation.too_long")

export const password = z.string().min(8, "validation.password").max(128, "validation.too_long")

/** A new login's person: their name, and the e-mail and password it signs in with. */
export const newPerson = { first_name: requiredText(80), last_name: requiredText(80), email, password }

/** A whole number from `min` to `max` typed in a field; an empty field is an error, not 0. `message` is a `validation.*` key. */
export const wholeNumber = (min: number, max: number, message: string) =>
  z.string().trim().min(1, message).pipe(z.coerce.number({ message }).int(message).min(min, message).max(max, message))

/** A whole number 0–99 typed in a field; an empty field is an error, not 0 (which removes the line). */
export const quantity = wholeNumber(0, 99, "validation.quantity")

/** Grams typed in a field (a piece's estimated weight, a line's real weight), as the API accepts them. */
export const grams = wholeNumber(1, 100_000, "validation.grams")

export const medusaId = z.string().trim().min(1, "validation.invalid").max(100).regex(/^[A-Za-z0-9_]+$/, "validation.invalid")

export const postalCode = z.string().trim().min(1, "validation.required").regex(/^\d{5}$/, "validation.postal_code")

export const province = z
  .string()
  .trim()
  .min(1, "validation.required")
  .regex(/^[A-Za-z]{2}$/, "validation.province")
  .transform((v) => v.toUpperCase())

export const phone = z
  .string()
  .trim()
  .min(1, "validation.required")
  .regex(/^\+?[0-9 ]{6,20}$/, "validation.phone")

/** Who receives an order, and how to reach them. */
export const recipient = { first_name: requiredText(80), last_name: requiredText(80), phone }

/** …and where, for home delivery. */
export const homeAddress = { ...recipient, address_1: requiredText(160), postal_code: postalCode, city: requiredText(80), province }
