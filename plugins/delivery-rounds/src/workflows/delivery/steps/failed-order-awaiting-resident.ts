import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { orderDelivery, type OrderDelivery } from "../../../lib/order-delivery"
import { liveStopOrders } from "../../../lib/round-context"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import { everyDoorSettled } from "../../../modules/delivery/round-rules"
import type DeliveryModuleService from "../../../modules/delivery/service"

/**
 * The order's current ride, refused unless its delivery failed and the resident does not have it yet (not delivered
 * since, not collected at the hub, not cancelled): what a coordinator may then do with it (`action`, for the message).
 */
export async function failedOrderAwaitingResident(container: MedusaContainer, orderId: string, action: string) {
  const delivery = await orderDelivery(container, orderId)
  if (delivery === undefined) throw refusal(MedusaError.Types.NOT_FOUND, "order_not_found", `Order ${orderId} was not found`, "order_id")
  if (delivery === null) throw refusal(MedusaError.Types.NOT_FOUND, "order_not_in_round", `Order ${orderId} rides no delivery round`, "order_id")
  if (delivery.cancelled) throw refusal(MedusaError.Types.NOT_ALLOWED, "order_cancelled", "This order was cancelled: there is nothing to deliver")
  if (delivery.collected_at || delivery.delivered_at) throw refusal(MedusaError.Types.NOT_ALLOWED, "order_already_delivered", "This order was already delivered")
  if (delivery.stop.status !== "failed") {
    throw refusal(MedusaError.Types.NOT_ALLOWED, "delivery_not_failed", `Only an order whose delivery failed ${action} (its stop is ${delivery.stop.status})`)
  }
  return delivery
}

/**
 * Whether settling this failed order (`change` on its row: collected at the hub, put into another round) settles the
 * last door of its round on the road: the round then completes, as a delivery there would.
 */
export async function settlesRound(container: MedusaContainer, delivery: OrderDelivery, change: { collected_at?: Date; rerouted_at?: Date }) {
  if (delivery.round.status !== "in_progress") return false
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const stops = (await service.listDeliveryStops({ round_id: delivery.round.id }, { take: null, relations: ["orders"] })).map((s) => ({
    status: s.status as string,
    orders: liveStopOrders(s as any).map((o) => (o.id === delivery.stop_order_id ? { ...o, ...change } : o)),
  }))
  return everyDoorSettled(delivery.round.status, stops)
}
