import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { orderDelivery } from "../../../lib/order-delivery"
import { childOrderIdsOf } from "../../../lib/stop-child-orders"

export type HubCollectionInput = { order_id: string; amount: number; coordinator_id?: string | null }

/**
 * After a failed delivery the resident may collect her order at the network's hub: only an order whose stop failed,
 * not delivered since nor cancelled, and never more cash than it still owes (nothing for one paid online).
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
  return new StepResponse({
    stop_order_id: delivery.stop_order_id,
    orders: [{ order_id: input.order_id, child_order_ids: children.get(delivery.stop_order_id)! }],
  })
})
