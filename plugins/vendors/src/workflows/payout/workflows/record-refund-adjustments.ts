import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildRefundItemsStep } from "../steps/build-refund-items"
import { createPayoutItemsStep } from "../steps/create-payout-items"

export const recordRefundAdjustmentsWorkflowId = "record-refund-adjustments"

/** A refund to a resident: each maker's part is owed back, netted into its next payout. */
export const recordRefundAdjustmentsWorkflow = createWorkflow(recordRefundAdjustmentsWorkflowId, (input: { payment_id: string }) => {
  return new WorkflowResponse(createPayoutItemsStep(buildRefundItemsStep(input)))
})
