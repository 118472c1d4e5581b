import { z } from "zod"

/** Shared field rules; each message is a `validation.*` key translated by `zodFieldErrors`. */
export const requiredText = (max = 120) =>
  z.string().trim().min(1, "validation.required").max(max, "validation.too_long")

export const email = z.string().trim().min(1, "validation.required").email("validation.email").max(254, "validation.too_long")

export const password = z.string().min(8, "validation.password").max(128, "validation.too_long")

/** A whole number 0–99 typed in a field; an empty field is an error, not 0 (which removes the line). */
export const quantity = z
  .string()
  .trim()
  .min(1, "validation.quantity")
  .pipe(z.coerce.number().int("validation.quantity").min(0, "validation.quantity").max(99, "validation.quantity"))

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
