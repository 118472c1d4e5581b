import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { assertVolunteerRoundStep } from "../steps/assert-volunteer-round"
import { deliverStopOrdersStep } from "../steps/deliver-stop-orders"
import { updateDeliveryStopsStep } from "../steps/update-delivery-stops"
import { validateStopCompletionStep, type CompleteStopInput } from "../steps/validate-stop-completion"
import { changeDeliveryRoundStatusWorkflow } from "./change-delivery-round-status"

export const completeDeliveryStopWorkflowId = "complete-delivery-stop"

/**
 * A volunteer marks a stop delivered or failed. Delivered: the orders' fulfillments are created
 * and marked delivered. Cash collected is announced for the payments side. The last stop
 * completes the round.
 */
export const completeDeliveryStopWorkflow = createWorkflow(completeDeliveryStopWorkflowId, (input: CompleteStopInput) => {
  assertVolunteerRoundStep(input)
  const checked = validateStopCompletionStep(input)
  const stops = updateDeliveryStopsStep(
    transform({ input }, ({ input }) => [
      {
        id: input.stop_id,
        status: input.outcome,
        note: input.note?.trim() || null,
        amount_collected: input.amount_collected ?? null,
        completed_at: new Date(),
        completed_by: input.volunteer_id ?? null,
      },
    ])
  )
  when({ input }, ({ input }) => input.outcome === "delivered").then(() => {
    deliverStopOrdersStep(transform({ checked }, ({ checked }) => ({ order_id: checked.order_id, child_order_ids: checked.child_order_ids })))
  })
  emitEventStep({
    eventName: DeliveryEvents.STOP_COMPLETED,
    data: transform({ input, checked }, ({ input, checked }) => ({ id: input.stop_id, round_id: input.round_id, order_id: checked.order_id, outcome: input.outcome })),
  }).config({ name: "emit-stop-completed" })
  when({ input }, ({ input }) => (input.amount_collected ?? 0) > 0).then(() => {
    emitEventStep({
      eventName: DeliveryEvents.CASH_COLLECTED,
      data: transform({ input, checked }, ({ input, checked }) => ({ order_id: checked.order_id, amount: input.amount_collected, currency_code: "eur" })),
    }).config({ name: "emit-cash-collected" })
  })
  when({ checked }, ({ checked }) => checked.last_stop).then(() => {
    changeDeliveryRoundStatusWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ round_id: input.round_id, status: "completed" as const })) })
  })
  return new WorkflowResponse(stops)
})
