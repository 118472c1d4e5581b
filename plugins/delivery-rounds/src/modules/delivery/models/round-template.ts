import { model } from "@medusajs/framework/utils"
import { COLLECTION_MODES, VEHICLE_PROFILES } from "./delivery-round"

/** A weekly round (e.g. every Thursday 17–20, cutoff Tuesday 23:59), Europe/Rome times. */
export const RoundTemplate = model.define("round_template", {
  id: model.id({ prefix: "rtpl" }).primaryKey(),
  name: model.text(),
  // ISO weekday: 1 = Monday … 7 = Sunday.
  weekday: model.number(),
  start_time: model.text(),
  end_time: model.text(),
  cutoff_weekday: model.number(),
  cutoff_time: model.text(),
  // Hours before starts_at by which makers bring goods to the hub; null = no deadline.
  dropoff_hours_before: model.number().nullable(),
  max_drops: model.number(),
  max_weight_g: model.number().nullable(),
  vehicle_profile: model.enum([...VEHICLE_PROFILES]).default("cargo_bike"),
  collection_mode: model.enum([...COLLECTION_MODES]).default("hub_dropoff"),
  delivery_fee: model.number().default(0),
  zone_ids: model.json(),
  pickup_point_ids: model.json(),
  is_active: model.boolean().default(true),
})
