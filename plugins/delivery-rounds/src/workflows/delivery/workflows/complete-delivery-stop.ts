import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { assertVolunteerRoundStep } from "../steps/assert-volunteer-round"
import { roundLockKey } from "../steps/round-lock-key"
import { deliverStopOrdersStep } from "../steps/deliver-stop-orders"
import { updateDeliveryStopOrdersStep } from "../steps/update-delivery-stop-orders"
import { updateDeliveryStopsStep } from "../steps/update-delivery-stops"
import { validateStopCompletionStep, type CompleteStopInput } from "../steps/validate-stop-completion"
import { changeDeliveryRoundStatusWorkflow } from "./change-delivery-round-status"

export const completeDeliveryStopWorkflowId = "complete-delivery-stop"

/**
 * A volunteer marks a stop delivered or failed. Delivered: every order of the stop (and each
 * maker's part) gets a delivered fulfillment, and the cash taken is announced once per
 * pay-on-delivery order for the payments side to capture. Failed: nothing is fulfilled and no
 * cash is ever recorded; a failed stop may still be delivered on a second pass while the round is on the road.
 * The delivery that settles the round's last door completes the round; otherwise the rider closes it (finish-delivery-round).
 */
export const completeDeliveryStopWorkflow = createWorkflow(completeDeliveryStopWorkflowId, (input: CompleteStopInput) => {
  assertVolunteerRoundStep(input)
  // A double tap, a coordinator's hub collection of the same door, the rider closing the round: the second reads it done.
  const key = transform({ input }, ({ input }) => roundLockKey(input.round_id))
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const checked = validateStopCompletionStep(input)
  const stops = updateDeliveryStopsStep(
    transform({ input, checked }, ({ input, checked }) => [
      {
        id: input.stop_id,
        status: input.outcome,
        note: checked.note,
        amount_collected: checked.amount_collected,
        completed_at: new Date(),
        completed_by: input.volunteer_id ?? null,
      },
    ])
  )
  const delivered = transform({ input }, ({ input }) => input.outcome === "delivered")
  when({ delivered }, ({ delivered }) => delivered).then(() => {
    deliverStopOrdersStep(transform({ checked }, ({ checked }) => ({ orders: checked.orders })))
  })
  emitEventStep({
    eventName: DeliveryEvents.STOP_COMPLETED,
    data: transform({ input, checked }, ({ input, checked }) => ({
      id: input.stop_id,
      round_id: input.round_id,
      order_ids: checked.orders.map((o) => o.order_id),
      outcome: input.outcome,
      second_pass: checked.second_pass,
      // What the volunteer wrote at this pass: a second pass's mails must not quote the first pass's «non in casa».
      note: input.note?.trim() || null,
    })),
  }).config({ name: "emit-stop-completed" })
  when({ delivered, checked }, ({ delivered, checked }) => delivered && checked.cash.length > 0).then(() => {
    updateDeliveryStopOrdersStep(transform({ checked }, ({ checked }) => checked.cash.map((c) => ({ id: c.stop_order_id, amount_collected: c.amount }))))
    emitEventStep({
      eventName: DeliveryEvents.CASH_COLLECTED,
      data: transform({ input, checked }, ({ input, checked }) =>
        checked.cash.map((c) => ({ order_id: c.order_id, amount: c.amount, currency_code: "eur", collected_by: input.volunteer_id ?? undefined }))
      ),
    }).config({ name: "emit-cash-collected" })
  })
  when({ checked }, ({ checked }) => checked.last_stop).then(() => {
    changeDeliveryRoundStatusWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ round_id: input.round_id, status: "completed" as const })) })
  })
  releaseLockStep({ key })
  return new WorkflowResponse(stops)
})
