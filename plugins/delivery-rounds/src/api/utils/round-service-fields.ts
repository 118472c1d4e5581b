import { z } from "@medusajs/framework/zod"

export const Id = z.string().trim().min(1)

/** What a round and a weekly template both say about the service: capacity, vehicle, fee and where it goes. */
export const roundServiceFields = {
  max_drops: z.number().int().min(1).max(500),
  max_weight_g: z.number().int().min(1).nullable().optional(),
  vehicle_profile: z.enum(["foot", "bike", "cargo_bike", "van"]).optional(),
  collection_mode: z.enum(["hub_dropoff", "workshop_pickup"]).optional(),
  delivery_fee: z.number().int().min(0).max(100_000).optional(),
  zone_ids: z.array(Id).min(1),
  pickup_point_ids: z.array(Id).optional(),
}
