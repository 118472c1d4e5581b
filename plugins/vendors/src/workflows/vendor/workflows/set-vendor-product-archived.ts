import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { ARCHIVED_AT } from "../../../lib/product-archive"
import { validateVendorOwnsStep } from "../steps/validate-vendor-owns"

export type SetVendorProductArchivedInput = { vendor_id: string; product_id: string; archived: boolean }

export const setVendorProductArchivedWorkflowId = "set-vendor-product-archived"

/**
 * Archive: off the shop and out of the maker's active list, orders and price history untouched.
 * Restore: back in the list as a draft, for the maker to check before putting it on sale again.
 */
export const setVendorProductArchivedWorkflow = createWorkflow(setVendorProductArchivedWorkflowId, (input: SetVendorProductArchivedInput) => {
  validateVendorOwnsStep({ vendor_id: input.vendor_id, product_id: input.product_id })
  const { data: products } = useQueryGraphStep({ entity: "product", fields: ["id", "metadata"], filters: { id: input.product_id } })
  const update = transform({ input, products }, ({ input, products }) => ({
    selector: { id: input.product_id },
    update: {
      ...(input.archived ? { status: ProductStatus.DRAFT } : {}),
      // Null, not a missing key: product metadata may be merged on update.
      metadata: { ...(products[0]?.metadata ?? {}), [ARCHIVED_AT]: input.archived ? new Date().toISOString() : null },
    },
  }))
  const updated = updateProductsWorkflow.runAsStep({ input: update })
  return new WorkflowResponse(updated)
})
