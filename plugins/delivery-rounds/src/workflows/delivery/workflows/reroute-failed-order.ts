import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { rerouteOrderStopStep } from "../steps/reroute-order-stop"
import { orderRoundLockKeyStep } from "../steps/round-lock-key"
import { validateRerouteStep, type RerouteInput } from "../steps/validate-reroute"
import { changeDeliveryRoundStatusWorkflow } from "./change-delivery-round-status"

export const rerouteFailedOrderWorkflowId = "reroute-failed-order"

/**
 * A coordinator, having called the resident back after a failed delivery, puts the order into a later round: it rides
 * there from the hub (no maker prepares or hands it over again), and its cash, if paid at the door, is collected there.
 * The failed round keeps its record; the order leaves the call-back list and can no longer be rung on a second pass.
 */
export const rerouteFailedOrderWorkflow = createWorkflow(rerouteFailedOrderWorkflowId, (input: RerouteInput) => {
  // Locked on the failed round, as the rider's second pass and a hub collection are: one of them wins.
  const key = orderRoundLockKeyStep({ order_id: input.order_id })
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const checked = validateRerouteStep(input)
  const rerouted = rerouteOrderStopStep(checked)
  emitEventStep({
    eventName: DeliveryEvents.ORDER_REROUTED,
    data: transform({ input, checked }, ({ input, checked }) => ({ id: input.order_id, round_id: input.round_id, from_round_id: checked.from_round_id, coordinator_id: input.coordinator_id ?? null })),
  })
  when("reroute-settles-round", { checked }, ({ checked }) => checked.settles_round).then(() => {
    changeDeliveryRoundStatusWorkflow.runAsStep({ input: transform({ checked }, ({ checked }) => ({ round_id: checked.from_round_id, status: "completed" as const })) })
  })
  releaseLockStep({ key })
  return new WorkflowResponse(rerouted)
})
