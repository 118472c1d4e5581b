import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { UpdateProductDTO } from "@medusajs/framework/types"
import { validateVendorCanSellStep } from "../steps/validate-vendor-can-sell"
import { validateVendorOwnsStep } from "../steps/validate-vendor-owns"

export type UpdateVendorProductInput = { vendor_id: string; product_id: string; update: UpdateProductDTO }

export const updateVendorProductWorkflowId = "update-vendor-product"

export const updateVendorProductWorkflow = createWorkflow(updateVendorProductWorkflowId, (input: UpdateVendorProductInput) => {
  validateVendorOwnsStep({ vendor_id: input.vendor_id, product_id: input.product_id })
  validateVendorCanSellStep({ vendor_id: input.vendor_id })
  const products = updateProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ selector: { id: input.product_id }, update: input.update })),
  })
  return new WorkflowResponse(products)
})
