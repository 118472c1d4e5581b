import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductVariantsWorkflow, setProductProductOptionsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { optionValuesToRemove, PRODUCT_SHAPE_FIELDS } from "../../../lib/variant-options"
import { findOrderedVariantsStep } from "../steps/find-ordered-variants"
import { validateVariantOfProductStep } from "../steps/validate-variant-of-product"
import { validateVariantRemovableStep } from "../steps/validate-variant-removable"
import { validateVendorOwnsStep } from "../steps/validate-vendor-owns"
import { withdrawVariantsStep } from "../steps/withdraw-variants"

export type RemoveVendorProductVariantInput = { vendor_id: string; product_id: string; variant_id: string }

export const removeVendorProductVariantWorkflowId = "remove-vendor-product-variant"

/**
 * Takes a size off sale. Medusa's own variant deletion also deletes the variant's inventory item,
 * and refuses while orders hold reservations on it; orders not yet delivered are fulfilled from
 * those reservations. So a variant that was ever ordered is only withdrawn (the variant alone is
 * soft-deleted, its stock record and reservations stay for those orders); one never ordered is
 * deleted the way Medusa does it. Either way the shop stops offering its size.
 */
export const removeVendorProductVariantWorkflow = createWorkflow(removeVendorProductVariantWorkflowId, (input: RemoveVendorProductVariantInput) => {
  validateVendorOwnsStep({ vendor_id: input.vendor_id, product_id: input.product_id })
  const { data: products } = useQueryGraphStep({ entity: "product", fields: PRODUCT_SHAPE_FIELDS, filters: { id: input.product_id } })
  const found = transform({ products, input }, ({ products, input }) => ({
    product: products[0],
    variants: (products[0]?.variants ?? []).filter((v: { id: string }) => v.id === input.variant_id),
  }))
  validateVariantOfProductStep({ variants: found.variants, product_id: input.product_id, variant_id: input.variant_id })
  validateVariantRemovableStep({ product: found.product })

  const unused = transform({ input, found }, ({ input, found }) => optionValuesToRemove(found.product, input.variant_id))
  const ordered = findOrderedVariantsStep({ variant_ids: [input.variant_id] })
  const ids = transform({ input }, ({ input }) => [input.variant_id])
  when({ ordered }, ({ ordered }) => ordered.length > 0).then(() => {
    withdrawVariantsStep(ids)
  })
  when({ ordered }, ({ ordered }) => ordered.length === 0).then(() => {
    deleteProductVariantsWorkflow.runAsStep({ input: { ids } })
  })

  when({ unused }, ({ unused }) => unused.length > 0).then(() => {
    setProductProductOptionsWorkflow.runAsStep({
      input: transform({ input, unused }, ({ input, unused }) => ({ product_id: input.product_id, update: unused })),
    })
  })
  return new WorkflowResponse(transform({ input, ordered }, ({ input, ordered }) => ({ id: input.variant_id, kept_for_orders: ordered.length > 0 })))
})
