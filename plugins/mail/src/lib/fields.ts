import { z } from "@medusajs/framework/zod"

// Field shapes the templates share. Dates arrive as Date (in process) or ISO strings (stored data).
export const when = z.coerce.date()
export const cents = z.number().int()
export const orderNumber = z.union([z.number(), z.string()]).transform(String)
export const text = (max = 2000) => z.string().max(max)
export const optionalText = (max = 2000) => z.string().max(max).nullish()
