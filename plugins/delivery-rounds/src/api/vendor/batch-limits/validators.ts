import { z } from "@medusajs/framework/zod"

const name = z.string({ error: "name: give the batch a name" }).trim().min(1, "name: give the batch a name").max(80, "name: at most 80 characters")
const quantity = z
  .number({ error: "quantity: how many per round, a whole number" })
  .int("quantity: how many per round, a whole number")
  .min(1, "quantity: at least 1 per round")
  .max(100000, "quantity: at most 100000 per round")
const productIds = z
  .array(z.string().trim().min(1).max(100), { error: "product_ids: a list of your product ids" })
  .max(100, "product_ids: at most 100 products")
  .refine((ids) => new Set(ids).size === ids.length, "product_ids: a product is listed twice")

export const VendorCreateBatchLimit = z.object({ name, quantity, product_ids: productIds.min(1, "product_ids: at least one product") }).strict()
export type VendorCreateBatchLimit = z.infer<typeof VendorCreateBatchLimit>

export const VendorUpdateBatchLimit = z.object({ name: name.optional(), quantity: quantity.optional(), product_ids: productIds.min(1, "product_ids: at least one product").optional() }).strict()
export type VendorUpdateBatchLimit = z.infer<typeof VendorUpdateBatchLimit>
