import { model } from "@medusajs/framework/utils"
import { DeliveryStop } from "./delivery-stop"

/** A resident's order riding with a stop; the stop's outcome is the order's. */
export const DeliveryStopOrder = model.define("delivery_stop_order", {
  id: model.id({ prefix: "dsord" }).primaryKey(),
  // The resident's (parent) order; the makers' child orders hang off it.
  order_id: model.text().unique("IDX_delivery_stop_order_order_id_unique"),
  stop: model.belongsTo(() => DeliveryStop, { mappedBy: "orders" }),
  // The makers' child orders: the module link in links/stop-order-child-orders.ts.
  // This order's part of the cash taken at the stop (what its payment captured); null when none.
  amount_collected: model.number().nullable(),
  // After a failed delivery the resident collected it at the network's hub (recorded by a coordinator).
  collected_at: model.dateTime().nullable(),
  // The order was cancelled: it no longer rides; the stop goes on with the others.
  cancelled_at: model.dateTime().nullable(),
})
