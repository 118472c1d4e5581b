import { model } from "@medusajs/framework/utils"

export const STOP_KINDS = ["home", "pickup"] as const
export const STOP_STATUSES = ["scheduled", "delivered", "failed", "cancelled"] as const

/** One resident's order in a round: a drop-off at home, or an order waiting at a pickup point. */
export const DeliveryStop = model.define("delivery_stop", {
  id: model.id({ prefix: "dstop" }).primaryKey(),
  round_id: model.text().index("IDX_delivery_stop_round_id"),
  // The resident's (parent) order; the makers' child orders hang off it.
  order_id: model.text().unique("IDX_delivery_stop_order_id_unique"),
  // The makers' child orders, recorded when the vendors plugin announces the split.
  child_order_ids: model.json().nullable(),
  kind: model.enum([...STOP_KINDS]),
  pickup_point_id: model.text().nullable(),
  status: model.enum([...STOP_STATUSES]).default("scheduled"),
  lat: model.float().nullable(),
  lng: model.float().nullable(),
  // Why the address could not be placed on the map (the planner lists it apart).
  geocode_error: model.text().nullable(),
  position: model.number().nullable(),
  eta: model.dateTime().nullable(),
  locked: model.boolean().default(false),
  note: model.text().nullable(),
  amount_collected: model.number().nullable(),
  completed_at: model.dateTime().nullable(),
  completed_by: model.text().nullable(),
})
