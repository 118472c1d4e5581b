import { z } from "@medusajs/framework/zod"

const Cap = z.string().trim().regex(/^\d{5}$/, "postal_codes: a CAP has five digits")
const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
// A closed ring: at least four positions, the last one repeating the first (RFC 7946 §3.1.6).
const Ring = z
  .array(Position)
  .min(4)
  .refine((ring) => ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1], "polygon: a ring ends where it starts")
const Polygon = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), coordinates: z.array(Ring).min(1) }).strict(),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(Ring).min(1)).min(1) }).strict(),
])

export const AdminCreateDeliveryZone = z
  .object({ name: z.string().trim().min(1).max(120), postal_codes: z.array(Cap).min(1), polygon: Polygon.nullable().optional() })
  .strict()
export type AdminCreateDeliveryZone = z.infer<typeof AdminCreateDeliveryZone>

export const AdminUpdateDeliveryZone = z
  .object({ name: z.string().trim().min(1).max(120).optional(), postal_codes: z.array(Cap).min(1).optional(), polygon: Polygon.nullable().optional() })
  .strict()
export type AdminUpdateDeliveryZone = z.infer<typeof AdminUpdateDeliveryZone>
