import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { assertVolunteerRoundStep } from "../steps/assert-volunteer-round"
import { roundLockKey } from "../steps/round-lock-key"
import { validateRoundFinishStep } from "../steps/validate-round-finish"
import { changeDeliveryRoundStatusWorkflow } from "./change-delivery-round-status"

export const finishDeliveryRoundWorkflowId = "finish-delivery-round"

/** in_progress → completed by the rider, when a failed door kept the round from ending itself at its last stop. */
export const finishDeliveryRoundWorkflow = createWorkflow(finishDeliveryRoundWorkflowId, (input: { round_id: string; volunteer_id?: string | null }) => {
  assertVolunteerRoundStep(input)
  const key = transform({ input }, ({ input }) => roundLockKey(input.round_id))
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const checked = validateRoundFinishStep(input)
  when({ checked }, ({ checked }) => !checked.already_completed).then(() => {
    changeDeliveryRoundStatusWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ round_id: input.round_id, status: "completed" as const })) })
  })
  releaseLockStep({ key })
  return new WorkflowResponse(checked)
})
