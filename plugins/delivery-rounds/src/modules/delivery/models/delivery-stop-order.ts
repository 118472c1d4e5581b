import { model } from "@medusajs/framework/utils"
import { DeliveryStop } from "./delivery-stop"

/**
 * A resident's order riding with a stop; the stop's outcome is the order's. An order rides once per attempt: after a
 * failed delivery it may ride again in a later round (a second row, `attempt` 2), and the first row stays as the first
 * round's history. The order's current ride is its row with the highest attempt (service `currentStopOrders`).
 */
export const DeliveryStopOrder = model
  .define("delivery_stop_order", {
    id: model.id({ prefix: "dsord" }).primaryKey(),
    // The resident's (parent) order; the makers' child orders hang off it.
    order_id: model.text(),
    attempt: model.number().default(1),
    stop: model.belongsTo(() => DeliveryStop, { mappedBy: "orders" }),
    // The makers' child orders: the module link in links/stop-order-child-orders.ts.
    // This order's part of the cash taken at the stop (what its payment captured); null when none.
    amount_collected: model.number().nullable(),
    // After a failed delivery the resident collected it at the network's hub (recorded by a coordinator).
    collected_at: model.dateTime().nullable(),
    // After a failed delivery the order was put into a later round: the next attempt's row is its ride now.
    rerouted_at: model.dateTime().nullable(),
    // The order was cancelled: it no longer rides; the stop goes on with the others.
    cancelled_at: model.dateTime().nullable(),
  })
  .indexes([{ name: "IDX_delivery_stop_order_order_attempt_unique", on: ["order_id", "attempt"], unique: true, where: "deleted_at IS NULL" }])
