import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { computeProductBrandsStep, type ProductBrandsScope } from "../steps/compute-product-brands"
import { saveProductBrandsStep } from "../steps/save-product-brands"
import { saveProductCardsStep } from "../steps/save-product-cards"

export type RefreshProductBrandsInput = ProductBrandsScope

export const refreshProductBrandsWorkflowId = "refresh-product-brands"

/**
 * Recomputes the brand mark and price breakdowns that store product responses read through
 * links (product_brand, price_breakdown), for the products whose claim, shop certification,
 * rates, charter, price, type or maker changed, then the copy of the card's part of it in each
 * product's metadata (save-product-cards): both before any caller revalidates the storefront.
 * Returns the ids of the products refreshed.
 */
export const refreshProductBrandsWorkflow = createWorkflow(refreshProductBrandsWorkflowId, (input: RefreshProductBrandsInput) => {
  const state = computeProductBrandsStep(input)
  const refreshed = saveProductBrandsStep(state)
  saveProductCardsStep(state)
  return new WorkflowResponse(refreshed)
})
