import { z } from "@medusajs/framework/zod"

const Cap = z.string().trim().regex(/^\d{5}$/, "postal_codes: a CAP has five digits")
const Polygon = z
  .object({
    type: z.literal("Polygon"),
    coordinates: z.array(z.array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])).min(4)).min(1),
  })
  .strict()

export const AdminCreateDeliveryZone = z
  .object({ name: z.string().trim().min(1).max(120), postal_codes: z.array(Cap).min(1), polygon: Polygon.nullable().optional() })
  .strict()
export type AdminCreateDeliveryZone = z.infer<typeof AdminCreateDeliveryZone>

export const AdminUpdateDeliveryZone = z
  .object({ name: z.string().trim().min(1).max(120).optional(), postal_codes: z.array(Cap).min(1).optional(), polygon: Polygon.nullable().optional() })
  .strict()
export type AdminUpdateDeliveryZone = z.infer<typeof AdminUpdateDeliveryZone>
