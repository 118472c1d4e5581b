import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { planWeightPricingStep, type WeightPricingInput } from "../steps/plan-weight-pricing"
import { updateVendorProductVariantWorkflow } from "./update-vendor-product-variant"

export type SetVendorWeightPricingInput = { vendor_id: string; member_id: string; product_id: string; weight_pricing: WeightPricingInput }

export const setVendorWeightPricingWorkflowId = "set-vendor-weight-pricing"

/**
 * A product sold by weight (price per kg, estimated weight, tolerance) or by the piece again. Its
 * size's price becomes the price of the estimate through the maker's own price change (recorded,
 * with who made it), so the shop, carts and the price history all say the same.
 */
export const setVendorWeightPricingWorkflow = createWorkflow(setVendorWeightPricingWorkflowId, (input: SetVendorWeightPricingInput) => {
  const { data: products } = useQueryGraphStep({ entity: "product", fields: ["id", "metadata", "variants.id"], filters: { id: input.product_id } }).config({
    name: "weight-priced-product",
  })
  const plan = planWeightPricingStep(transform({ products, input }, ({ products, input }) => ({ product: products[0] as any, weight_pricing: input.weight_pricing })))
  updateProductsWorkflow.runAsStep({
    input: transform({ plan, input }, ({ plan, input }) => ({ selector: { id: input.product_id }, update: { metadata: plan.metadata } })),
  }).config({ name: "save-weight-pricing" })
  when({ plan }, ({ plan }) => plan.price !== null).then(() => {
    updateVendorProductVariantWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({
        vendor_id: input.vendor_id,
        member_id: input.member_id,
        product_id: input.product_id,
        variant_id: plan.variant_id!,
        update: { prices: [{ amount: plan.price!, currency_code: "eur" }] },
      })),
    })
  })
  return new WorkflowResponse(plan)
})
