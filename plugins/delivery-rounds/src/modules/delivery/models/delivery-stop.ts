import { model } from "@medusajs/framework/utils"
import { DeliveryRound } from "./delivery-round"
import { DeliveryStopOrder } from "./delivery-stop-order"

export const STOP_KINDS = ["home", "pickup"] as const
export const STOP_STATUSES = ["scheduled", "delivered", "failed", "cancelled"] as const

/**
 * One place the round serves: a home address with every order its residents placed for the
 * round, or one resident's orders waiting at a pickup point. One stop, one amount to collect.
 */
export const DeliveryStop = model
  .define("delivery_stop", {
    id: model.id({ prefix: "dstop" }).primaryKey(),
    round: model.belongsTo(() => DeliveryRound, { mappedBy: "stops" }),
    // What makes two orders one stop (see lib/stop-key.ts): the delivery address, or pickup point + resident.
    address_key: model.text().nullable(),
    orders: model.hasMany(() => DeliveryStopOrder, { mappedBy: "stop" }),
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
    // What the volunteer took at the door for the whole stop (each order's part is on its row).
    amount_collected: model.number().nullable(),
    completed_at: model.dateTime().nullable(),
    completed_by: model.text().nullable(),
  })
  // A new order joins the scheduled stop at its address; two scheduled stops never share one.
  .indexes([{ name: "IDX_delivery_stop_round_address_scheduled", on: ["round_id", "address_key"], unique: true, where: "status = 'scheduled' AND address_key IS NOT NULL" }])
