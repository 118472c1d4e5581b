import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { assertVolunteerRoundStep } from "../steps/assert-volunteer-round"
import { computeRoundPlanStep } from "../steps/compute-round-plan"
import { updateDeliveryRoundStep } from "../steps/update-delivery-round"
import { updateDeliveryStopsStep } from "../steps/update-delivery-stops"
import { validatePlanLocksStep } from "../steps/validate-plan-locks"
import type { PlanLock } from "../../../lib/route-plan"

export type PlanDeliveryRoundInput = { round_id: string; volunteer_id?: string | null; locks?: PlanLock[]; time_limit_ms?: number }

export const planDeliveryRoundWorkflowId = "plan-delivery-round"

/** Plans (or re-plans) a round; a round closed at cutoff becomes "planned", an open one keeps a draft plan. */
export const planDeliveryRoundWorkflow = createWorkflow(planDeliveryRoundWorkflowId, (input: PlanDeliveryRoundInput) => {
  assertVolunteerRoundStep(input)
  validatePlanLocksStep(input)
  const computed = computeRoundPlanStep(input)
  updateDeliveryStopsStep(transform({ computed }, ({ computed }) => computed.stop_updates))
  const round = updateDeliveryRoundStep(
    transform({ computed, input }, ({ computed, input }) => ({ id: input.round_id, plan: computed.plan, status: computed.status }))
  )
  emitEventStep({ eventName: DeliveryEvents.ROUND_PLANNED, data: transform({ input }, ({ input }) => ({ id: input.round_id })) })
  return new WorkflowResponse(round)
})
