import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildDeliveredSaleStep } from "../steps/build-delivered-sale"
import { createPayoutItemsStep } from "../steps/create-payout-items"

export const recordDeliveredOrderWorkflowId = "record-delivered-order-for-payout"

/** A maker's child order was delivered: what it earned joins what the maker will be paid. */
export const recordDeliveredOrderWorkflow = createWorkflow(recordDeliveredOrderWorkflowId, (input: { fulfillment_id: string }) => {
  const items = buildDeliveredSaleStep(input)
  return new WorkflowResponse(createPayoutItemsStep(items))
})
