import { model } from "@medusajs/framework/utils"

// Apart from the models that use them: a round and a template import each other's neighbours.
export const ROUND_STATUSES = ["open", "closed", "planned", "in_progress", "completed", "cancelled"] as const
export const VEHICLE_PROFILES = ["foot", "bike", "cargo_bike", "van"] as const
export const COLLECTION_MODES = ["hub_dropoff", "workshop_pickup"] as const

/** What a round and the weekly template it comes from both carry: capacity, vehicle, how goods come in, the fee. */
export const roundCapacity = () => ({
  max_drops: model.number(),
  max_weight_g: model.number().nullable(),
  vehicle_profile: model.enum([...VEHICLE_PROFILES]).default("cargo_bike"),
  collection_mode: model.enum([...COLLECTION_MODES]).default("hub_dropoff"),
  delivery_fee: model.number().default(0),
})
