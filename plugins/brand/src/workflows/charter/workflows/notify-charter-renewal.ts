import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { notifyCharterRenewalStep } from "../steps/notify-charter-renewal"

export type NotifyCharterRenewalInput = { id: string }

export const notifyCharterRenewalWorkflowId = "notify-charter-renewal"

export const notifyCharterRenewalWorkflow = createWorkflow(notifyCharterRenewalWorkflowId, (input: NotifyCharterRenewalInput) => {
  return new WorkflowResponse(notifyCharterRenewalStep(input))
})
