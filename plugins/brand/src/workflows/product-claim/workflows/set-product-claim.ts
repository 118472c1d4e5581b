import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertProductClaimStep } from "../steps/upsert-product-claim"
import { ProductClaimInput, validateProductClaimStep } from "../steps/validate-product-claim"

export type SetProductClaimInput = ProductClaimInput

export const setProductClaimWorkflowId = "set-product-claim"

/** An artisan flags a product for the brand (criteria it meets) and states its price parts. */
export const setProductClaimWorkflow = createWorkflow(setProductClaimWorkflowId, (input: SetProductClaimInput) => {
  validateProductClaimStep(input)
  return new WorkflowResponse(upsertProductClaimStep(input))
})
