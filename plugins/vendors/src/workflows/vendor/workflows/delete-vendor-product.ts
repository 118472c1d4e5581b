import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import { validateProductNotOrderedStep } from "../steps/validate-product-not-ordered"
import { validateVendorOwnsStep } from "../steps/validate-vendor-owns"

export type DeleteVendorProductInput = { vendor_id: string; product_id: string }

export const deleteVendorProductWorkflowId = "delete-vendor-product"

export const deleteVendorProductWorkflow = createWorkflow(deleteVendorProductWorkflowId, (input: DeleteVendorProductInput) => {
  validateVendorOwnsStep({ vendor_id: input.vendor_id, product_id: input.product_id })
  validateProductNotOrderedStep({ product_id: input.product_id })
  dismissRemoteLinkStep(
    transform({ input }, ({ input }) => [
      { [VENDOR_MODULE]: { vendor_id: input.vendor_id }, [Modules.PRODUCT]: { product_id: input.product_id } },
    ])
  )
  deleteProductsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ ids: [input.product_id] })) })
  return new WorkflowResponse({ id: input.product_id })
})
