import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { deliverStopOrdersStep } from "../steps/deliver-stop-orders"
import { orderRoundLockKeyStep } from "../steps/round-lock-key"
import { updateDeliveryStopOrdersStep } from "../steps/update-delivery-stop-orders"
import { validateHubCollectionStep, type HubCollectionInput } from "../steps/validate-hub-collection"
import { changeDeliveryRoundStatusWorkflow } from "./change-delivery-round-status"

export const recordHubCollectionWorkflowId = "record-hub-collection"

/**
 * A coordinator records that a resident collected at the hub the order a volunteer could not deliver: the order and
 * its makers' parts are delivered (as at a door), the collection and the cash taken are written on its row, and the
 * cash is announced for the payments side to capture — the same path as a delivered stop. The stop itself stays
 * failed: that is what happened at the door. Where it was the round's last door left to settle, the round completes.
 */
export const recordHubCollectionWorkflow = createWorkflow(recordHubCollectionWorkflowId, (input: HubCollectionInput) => {
  // Two coordinators recording the same collection at once, or one while the rider delivers the door on a second
  // pass: the second reads it done and is refused.
  const key = orderRoundLockKeyStep({ order_id: input.order_id })
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const checked = validateHubCollectionStep(input)
  // Written first: its compensation puts the row back if delivering fails (delivering has none).
  updateDeliveryStopOrdersStep(
    transform({ input, checked }, ({ input, checked }) => [{ id: checked.stop_order_id, collected_at: new Date(), amount_collected: input.amount || null }])
  )
  deliverStopOrdersStep(transform({ checked }, ({ checked }) => ({ orders: checked.orders })))
  when("hub-collection-cash", { input }, ({ input }) => input.amount > 0).then(() => {
    emitEventStep({
      eventName: DeliveryEvents.CASH_COLLECTED,
      data: transform({ input }, ({ input }) => [{ order_id: input.order_id, amount: input.amount, currency_code: "eur", collected_by: input.coordinator_id ?? undefined }]),
    }).config({ name: "emit-hub-cash-collected" })
  })
  when("hub-collection-settles-round", { checked }, ({ checked }) => checked.settles_round).then(() => {
    changeDeliveryRoundStatusWorkflow.runAsStep({ input: transform({ checked }, ({ checked }) => ({ round_id: checked.round_id, status: "completed" as const })) })
  })
  releaseLockStep({ key })
  return new WorkflowResponse(checked)
})
