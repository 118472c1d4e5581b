import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { computeProductBrandsStep, type ProductBrandsScope } from "../steps/compute-product-brands"
import { saveProductBrandsStep } from "../steps/save-product-brands"

export type RefreshProductBrandsInput = ProductBrandsScope

export const refreshProductBrandsWorkflowId = "refresh-product-brands"

/**
 * Recomputes the brand mark and price breakdowns that store product responses read through
 * links (product_brand, price_breakdown), for the products whose claim, shop certification,
 * rates, charter, price or type changed. Returns the ids of the products refreshed.
 */
export const refreshProductBrandsWorkflow = createWorkflow(refreshProductBrandsWorkflowId, (input: RefreshProductBrandsInput) => {
  const state = computeProductBrandsStep(input)
  return new WorkflowResponse(saveProductBrandsStep(state))
})
