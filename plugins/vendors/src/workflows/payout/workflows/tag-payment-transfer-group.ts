import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { tagTransferGroupStep } from "../steps/tag-transfer-group"

export const tagPaymentTransferGroupWorkflowId = "tag-payment-transfer-group"

export const tagPaymentTransferGroupWorkflow = createWorkflow(tagPaymentTransferGroupWorkflowId, (input: { order_id: string }) => {
  return new WorkflowResponse(tagTransferGroupStep(input))
})
