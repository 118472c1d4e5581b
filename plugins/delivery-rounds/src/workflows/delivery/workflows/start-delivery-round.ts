import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertVolunteerRoundStep } from "../steps/assert-volunteer-round"
import { changeDeliveryRoundStatusWorkflow } from "./change-delivery-round-status"

export const startDeliveryRoundWorkflowId = "start-delivery-round"

/** planned → in_progress; residents hear their order is on its way (round_status_changed subscriber). */
export const startDeliveryRoundWorkflow = createWorkflow(startDeliveryRoundWorkflowId, (input: { round_id: string; volunteer_id?: string | null }) => {
  assertVolunteerRoundStep(input)
  const round = changeDeliveryRoundStatusWorkflow.runAsStep({ input: { round_id: input.round_id, status: "in_progress" } as any })
  return new WorkflowResponse(round)
})
