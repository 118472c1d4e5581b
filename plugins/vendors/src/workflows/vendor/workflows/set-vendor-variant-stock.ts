import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateInventoryLevelsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { resolveShopDefaultsStep } from "../steps/resolve-shop-defaults"
import { validateVariantOfProductStep } from "../steps/validate-variant-of-product"
import { validateVendorOwnsStep } from "../steps/validate-vendor-owns"

export type SetVendorVariantStockInput = { vendor_id: string; product_id: string; variant_id: string; quantity: number }

export const setVendorVariantStockWorkflowId = "set-vendor-variant-stock"

/** Irregular stock is the maker's everyday: one number per variant, at the hub. */
export const setVendorVariantStockWorkflow = createWorkflow(setVendorVariantStockWorkflowId, (input: SetVendorVariantStockInput) => {
  validateVendorOwnsStep({ vendor_id: input.vendor_id, product_id: input.product_id })
  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["id", "product_id", "inventory_items.inventory_item_id"],
    filters: { id: input.variant_id },
  })
  validateVariantOfProductStep({ variants, product_id: input.product_id, variant_id: input.variant_id })
  const defaults = resolveShopDefaultsStep()
  const levels = updateInventoryLevelsWorkflow.runAsStep({
    input: transform({ input, variants, defaults }, ({ input, variants, defaults }) => ({
      updates: (variants[0].inventory_items ?? []).map((link: { inventory_item_id: string }) => ({
        inventory_item_id: link.inventory_item_id,
        location_id: defaults.location_id!,
        stocked_quantity: input.quantity,
      })),
    })),
  })
  return new WorkflowResponse(levels)
})
