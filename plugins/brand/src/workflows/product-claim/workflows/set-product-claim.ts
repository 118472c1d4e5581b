import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BrandEvents } from "../../events"
import { refreshProductBrandsWorkflow } from "../../product-brand/workflows/refresh-product-brands"
import { upsertProductClaimStep } from "../steps/upsert-product-claim"
import { ProductClaimInput, validateProductClaimStep } from "../steps/validate-product-claim"

export type SetProductClaimInput = ProductClaimInput

export const setProductClaimWorkflowId = "set-product-claim"

/** An artisan flags a product for the brand (criteria it meets) and states its price parts. */
export const setProductClaimWorkflow = createWorkflow(setProductClaimWorkflowId, (input: SetProductClaimInput) => {
  validateProductClaimStep(input)
  const claim = upsertProductClaimStep(input)
  refreshProductBrandsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })) })
  emitEventStep({ eventName: BrandEvents.PRODUCT_CLAIM_SET, data: transform({ input }, ({ input }) => ({ product_id: input.product_id })) })
  return new WorkflowResponse(claim)
})
