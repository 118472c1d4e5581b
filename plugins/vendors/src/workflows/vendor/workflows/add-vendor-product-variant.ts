import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductVariantsWorkflow,
  setProductProductOptionsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { newVariantOptions, optionValuesToAdd, PRODUCT_SHAPE_FIELDS } from "../../../lib/variant-options"
import { resolveShopDefaultsStep } from "../steps/resolve-shop-defaults"
import { validateNewVariantStep } from "../steps/validate-new-variant"
import { validateVendorCanSellStep } from "../steps/validate-vendor-can-sell"
import { validateVendorOwnsStep } from "../steps/validate-vendor-owns"
import { translateVendorProductWorkflow } from "./translate-vendor-product"

export type NewVendorVariant = {
  title: string
  title_en?: string | null
  sku?: string
  options?: Record<string, string>
  prices: { amount: number; currency_code: string }[]
  stock?: number
}
export type AddVendorProductVariantInput = { vendor_id: string; product_id: string; variant: NewVendorVariant }

export const addVendorProductVariantWorkflowId = "add-vendor-product-variant"

/** A new size with its price and pieces on the shelf: the product offers the new value, the variant is stocked at the hub. */
export const addVendorProductVariantWorkflow = createWorkflow(addVendorProductVariantWorkflowId, (input: AddVendorProductVariantInput) => {
  validateVendorOwnsStep({ vendor_id: input.vendor_id, product_id: input.product_id })
  validateVendorCanSellStep({ vendor_id: input.vendor_id })
  const { data: products } = useQueryGraphStep({ entity: "product", fields: PRODUCT_SHAPE_FIELDS, filters: { id: input.product_id } })
  const product = transform({ products }, ({ products }) => products[0])
  validateNewVariantStep({ product, variant: input.variant })

  const plan = transform({ input, product }, ({ input, product }) => {
    const options = newVariantOptions(product, input.variant)
    return { options, values: optionValuesToAdd(product, options) }
  })
  when({ plan }, ({ plan }) => plan.values.length > 0).then(() => {
    setProductProductOptionsWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({ product_id: input.product_id, update: plan.values })),
    })
  })

  const created = createProductVariantsWorkflow.runAsStep({
    input: transform({ input, plan }, ({ input, plan }) => {
      const { stock, title_en, ...variant } = input.variant
      return { product_variants: [{ ...variant, product_id: input.product_id, options: plan.options, manage_inventory: true }] }
    }),
  })

  const defaults = resolveShopDefaultsStep()
  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: transform({ created }, ({ created }) => ({ id: created[0].id })),
  }).config({ name: "created-variant" })
  createInventoryLevelsWorkflow.runAsStep({
    input: transform({ input, variants, defaults }, ({ input, variants, defaults }) => ({
      inventory_levels: defaults.location_id
        ? (variants[0]?.inventory_items ?? []).map((link: { inventory_item_id: string }) => ({
            inventory_item_id: link.inventory_item_id,
            location_id: defaults.location_id!,
            stocked_quantity: input.variant.stock ?? 0,
          }))
        : [],
    })),
  })
  when({ input }, ({ input }) => input.variant.title_en !== undefined).then(() => {
    translateVendorProductWorkflow.runAsStep({
      input: transform({ input, created }, ({ input, created }) => ({
        product_id: input.product_id,
        english: { variants: [{ id: created[0].id, title: input.variant.title, title_en: input.variant.title_en }] },
      })),
    })
  })
  return new WorkflowResponse(created[0])
})
