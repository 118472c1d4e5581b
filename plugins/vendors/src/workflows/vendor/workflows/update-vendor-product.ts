import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { UpdateProductDTO } from "@medusajs/framework/types"
import { validateProductClassificationStep } from "../steps/validate-product-classification"
import { validateProductStatusChangeStep } from "../steps/validate-product-status-change"
import { validateVendorCanSellStep } from "../steps/validate-vendor-can-sell"
import { validateVendorOwnsStep } from "../steps/validate-vendor-owns"
import type { WeightPricingInput } from "../steps/plan-weight-pricing"
import { makerWroteEnglish } from "../../../lib/product-english"
import { setVendorWeightPricingWorkflow } from "./set-vendor-weight-pricing"
import { translateVendorProductWorkflow } from "./translate-vendor-product"

export type VendorProductUpdate = Omit<UpdateProductDTO, "type_id"> & {
  vat_class_id?: string
  weight_pricing?: WeightPricingInput
  title_en?: string | null
  subtitle_en?: string | null
  description_en?: string | null
}
export type UpdateVendorProductInput = { vendor_id: string; member_id: string; product_id: string; update: VendorProductUpdate }

export const updateVendorProductWorkflowId = "update-vendor-product"

export const updateVendorProductWorkflow = createWorkflow(updateVendorProductWorkflowId, (input: UpdateVendorProductInput) => {
  validateVendorOwnsStep({ vendor_id: input.vendor_id, product_id: input.product_id })
  validateVendorCanSellStep({ vendor_id: input.vendor_id })
  validateProductClassificationStep({ category_ids: input.update.category_ids, vat_class_id: input.update.vat_class_id })
  validateProductStatusChangeStep({ product_id: input.product_id, status: input.update.status })
  const products = updateProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => {
      // A VAT class is a product type: the tax module's rules on the type set the rate.
      const { vat_class_id, weight_pricing, title_en, subtitle_en, description_en, ...update } = input.update
      return { selector: { id: input.product_id }, update: { ...update, ...(vat_class_id ? { type_id: vat_class_id } : {}) } }
    }),
  })
  when({ input }, ({ input }) => input.update.weight_pricing !== undefined).then(() => {
    setVendorWeightPricingWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        vendor_id: input.vendor_id,
        member_id: input.member_id,
        product_id: input.product_id,
        weight_pricing: input.update.weight_pricing ?? null,
      })),
    })
  })
  const english = transform({ input }, ({ input }) => ({ title: input.update.title_en, subtitle: input.update.subtitle_en, description: input.update.description_en }))
  when({ english }, ({ english }) => makerWroteEnglish(english)).then(() => {
    translateVendorProductWorkflow.runAsStep({ input: transform({ input, english }, ({ input, english }) => ({ product_id: input.product_id, english })) })
  })
  return new WorkflowResponse(products)
})
