import { model } from "@medusajs/framework/utils"
import { roundCapacity } from "./round-kinds"
import { DeliveryZone } from "./delivery-zone"
import { PickupPoint } from "./pickup-point"

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
  ...roundCapacity(),
  zones: model.manyToMany(() => DeliveryZone, { mappedBy: "templates", pivotTable: "round_template_zone", joinColumn: "template_id", inverseJoinColumn: "zone_id" }),
  pickup_points: model.manyToMany(() => PickupPoint, { mappedBy: "templates", pivotTable: "round_template_pickup_point", joinColumn: "template_id", inverseJoinColumn: "pickup_point_id" }),
  is_active: model.boolean().default(true),
})
