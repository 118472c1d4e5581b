import { z } from "@medusajs/framework/zod"

// An instant with its zone (the admin sends toISOString()); a bare number is not a date.
const Instant = z.iso.datetime({ offset: true }).pipe(z.coerce.date())
const Id = z.string().trim().min(1)

const fields = {
  name: z.string().trim().max(120).nullable().optional(),
  starts_at: Instant,
  ends_at: Instant,
  cutoff_at: Instant,
  dropoff_deadline: Instant.nullable().optional(),
  max_drops: z.number().int().min(1).max(500),
  max_weight_g: z.number().int().min(1).nullable().optional(),
  vehicle_profile: z.enum(["foot", "bike", "cargo_bike", "van"]).optional(),
  collection_mode: z.enum(["hub_dropoff", "workshop_pickup"]).optional(),
  delivery_fee: z.number().int().min(0).max(100_000).optional(),
  zone_ids: z.array(Id).min(1),
  pickup_point_ids: z.array(Id).optional(),
  volunteer_ids: z.array(Id).max(20).optional(),
}

export const AdminCreateDeliveryRound = z.object(fields).strict()
export type AdminCreateDeliveryRound = z.infer<typeof AdminCreateDeliveryRound>

export const AdminUpdateDeliveryRound = z.object(fields).partial().strict()
export type AdminUpdateDeliveryRound = z.infer<typeof AdminUpdateDeliveryRound>

export const AdminDeliveryRoundStatus = z
  .object({ status: z.enum(["open", "closed", "planned", "in_progress", "completed", "cancelled"]) })
  .strict()
export type AdminDeliveryRoundStatus = z.infer<typeof AdminDeliveryRoundStatus>

export const AdminListDeliveryRounds = z.object({
  status: z.enum(["open", "closed", "planned", "in_progress", "completed", "cancelled"]).optional(),
  template_id: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListDeliveryRounds = z.infer<typeof AdminListDeliveryRounds>
