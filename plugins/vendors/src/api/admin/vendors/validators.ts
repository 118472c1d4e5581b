import { z } from "@medusajs/framework/zod"

export const AdminListVendors = z.object({
  status: z.enum(["pending", "approved", "rejected", "suspended"]).optional(),
  q: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const AdminVendorStatusChange = z.object({ reason: z.string().trim().max(1000).optional() }).strict()
export type AdminVendorStatusChange = z.infer<typeof AdminVendorStatusChange>

export const AdminUpdateVendor = z.object({ commission_rate_bps: z.number().int().min(0).max(5000).nullable() }).strict()
export type AdminUpdateVendor = z.infer<typeof AdminUpdateVendor>

export const AdminSetCommissionPolicy = z.object({ default_rate_bps: z.number().int().min(0).max(5000) }).strict()
export type AdminSetCommissionPolicy = z.infer<typeof AdminSetCommissionPolicy>
