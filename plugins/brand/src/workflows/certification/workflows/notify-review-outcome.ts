import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { notifyReviewOutcomeStep } from "../steps/notify-review-outcome"

export type NotifyReviewOutcomeInput = { id: string }

export const notifyReviewOutcomeWorkflowId = "notify-review-outcome"

export const notifyReviewOutcomeWorkflow = createWorkflow(notifyReviewOutcomeWorkflowId, (input: NotifyReviewOutcomeInput) => {
  return new WorkflowResponse(notifyReviewOutcomeStep(input))
})
