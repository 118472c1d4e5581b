import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { failedOrderAwaitingResident, settlesRound } from "./failed-order-awaiting-resident"
import { childOrderIdsOf } from "../../../lib/stop-child-orders"

export type HubCollectionInput = { order_id: string; amount: number; coordinator_id?: string | null }

/**
 * After a failed delivery the resident may collect her order at the network's hub: only an order whose stop failed,
 * not delivered since nor cancelled, and never more cash than it still owes (nothing for one paid online). A
 * collection that settles the last door of a round on the road completes the round, as a delivery there would.
 */
export const validateHubCollectionStep = createStep("validate-hub-collection", async (input: HubCollectionInput, { container }) => {
  const delivery = await failedOrderAwaitingResident(container, input.order_id, "is collected at the hub")
  if (input.amount > delivery.amount_to_collect) {
    throw refusal(MedusaError.Types.INVALID_DATA, "amount_over_due", `amount: ${input.amount} cents is more than the ${delivery.amount_to_collect} cents this order still owes`, "amount")
  }
  const children = await childOrderIdsOf(container, [delivery.stop_order_id])
  return new StepResponse({
    stop_order_id: delivery.stop_order_id,
    orders: [{ order_id: input.order_id, child_order_ids: children.get(delivery.stop_order_id)! }],
    round_id: delivery.round.id,
    settles_round: await settlesRound(container, delivery, { collected_at: new Date() }),
  })
})
