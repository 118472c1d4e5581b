import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { orderDelivery } from "../../../lib/order-delivery"
import { liveStopOrders } from "../../../lib/round-context"
import { childOrderIdsOf } from "../../../lib/stop-child-orders"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { everyDoorSettled } from "../../../modules/delivery/round-rules"

export type HubCollectionInput = { order_id: string; amount: number; coordinator_id?: string | null }

/**
 * After a failed delivery the resident may collect her order at the network's hub: only an order whose stop failed,
 * not delivered since nor cancelled, and never more cash than it still owes (nothing for one paid online). A
 * collection that settles the last door of a round on the road completes the round, as a delivery there would.
 */
export const validateHubCollectionStep = createStep("validate-hub-collection", async (input: HubCollectionInput, { container }) => {
  const delivery = await orderDelivery(container, input.order_id)
  if (delivery === undefined) throw refusal(MedusaError.Types.NOT_FOUND, "order_not_found", `Order ${input.order_id} was not found`, "order_id")
  if (delivery === null) throw refusal(MedusaError.Types.NOT_FOUND, "order_not_in_round", `Order ${input.order_id} rides no delivery round`, "order_id")
  if (delivery.cancelled) throw refusal(MedusaError.Types.NOT_ALLOWED, "order_cancelled", "This order was cancelled: there is nothing to collect")
  if (delivery.collected_at || delivery.delivered_at) throw refusal(MedusaError.Types.NOT_ALLOWED, "order_already_delivered", "This order was already delivered")
  if (delivery.stop.status !== "failed") {
    throw refusal(MedusaError.Types.NOT_ALLOWED, "delivery_not_failed", `Only an order whose delivery failed is collected at the hub (its stop is ${delivery.stop.status})`)
  }
  if (input.amount > delivery.amount_to_collect) {
    throw refusal(MedusaError.Types.INVALID_DATA, "amount_over_due", `amount: ${input.amount} cents is more than the ${delivery.amount_to_collect} cents this order still owes`, "amount")
  }
  const children = await childOrderIdsOf(container, [delivery.stop_order_id])
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const afterCollection = (await service.listDeliveryStops({ round_id: delivery.round.id }, { take: null, relations: ["orders"] })).map((s) => ({
    status: s.status as string,
    orders: liveStopOrders(s as any).map((o) => (o.id === delivery.stop_order_id ? { ...o, collected_at: new Date() } : o)),
  }))
  return new StepResponse({
    stop_order_id: delivery.stop_order_id,
    orders: [{ order_id: input.order_id, child_order_ids: children.get(delivery.stop_order_id)! }],
    round_id: delivery.round.id,
    settles_round: delivery.round.status === "in_progress" && everyDoorSettled(delivery.round.status, afterCollection),
  })
})
