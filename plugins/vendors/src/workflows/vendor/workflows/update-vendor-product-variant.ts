import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductOptionValuesWorkflow, updateProductVariantsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { toCents } from "../../../lib/money"
import { PRODUCT_SHAPE_FIELDS, renamedOptionValue } from "../../../lib/variant-options"
import { recordPriceChangesStep, type PriceChange } from "../steps/record-price-changes"
import { validateVariantOfProductStep } from "../steps/validate-variant-of-product"
import { validateVariantRenameStep } from "../steps/validate-variant-rename"
import { validateVendorCanSellStep } from "../steps/validate-vendor-can-sell"
import { validateVendorOwnsStep } from "../steps/validate-vendor-owns"
import { setVendorVariantStockWorkflow } from "./set-vendor-variant-stock"
import { translateVendorProductWorkflow } from "./translate-vendor-product"

export type VendorVariantUpdate = {
  title?: string
  title_en?: string | null
  sku?: string | null
  prices?: { amount: number; currency_code: string }[]
  stock?: number
}
export type UpdateVendorProductVariantInput = {
  vendor_id: string
  member_id: string
  product_id: string
  variant_id: string
  update: VendorVariantUpdate
}

type Price = { id: string; amount: number; currency_code: string }

export const updateVendorProductVariantWorkflowId = "update-vendor-product-variant"

/**
 * A variant's name, price and stock. A new price is recorded (who, old → new) before it is set, and
 * applies from the next cart on: orders already placed keep the amounts on their own lines.
 */
export const updateVendorProductVariantWorkflow = createWorkflow(updateVendorProductVariantWorkflowId, (input: UpdateVendorProductVariantInput) => {
  validateVendorOwnsStep({ vendor_id: input.vendor_id, product_id: input.product_id })
  validateVendorCanSellStep({ vendor_id: input.vendor_id })
  const { data: products } = useQueryGraphStep({ entity: "product", fields: PRODUCT_SHAPE_FIELDS, filters: { id: input.product_id } })
  const found = transform({ products, input }, ({ products, input }) => ({
    product: products[0],
    variants: (products[0]?.variants ?? []).filter((v: { id: string }) => v.id === input.variant_id),
  }))
  validateVariantOfProductStep({ variants: found.variants, product_id: input.product_id, variant_id: input.variant_id })
  validateVariantRenameStep({ product: found.product, variant_id: input.variant_id, title: input.update.title })

  const changes = transform({ input, found }, ({ input, found }): PriceChange[] => {
    const variant = found.variants[0]
    return (input.update.prices ?? []).flatMap((price) => {
      const current = (variant.prices ?? []).find((p: Price) => p.currency_code === price.currency_code)
      if (!current || toCents(current.amount) === toCents(price.amount)) return []
      return [
        {
          vendor_id: input.vendor_id,
          member_id: input.member_id,
          product_id: input.product_id,
          variant_id: input.variant_id,
          variant_title: input.update.title ?? variant.title,
          currency_code: price.currency_code,
          previous_amount: toCents(current.amount),
          amount: toCents(price.amount),
        },
      ]
    })
  })
  recordPriceChangesStep(changes)

  const variantUpdate = transform({ input, found }, ({ input, found }) => {
    const { stock, prices, title_en, ...fields } = input.update
    const current: Price[] = found.variants[0].prices ?? []
    const withIds = prices?.map((p) => ({ ...p, id: current.find((c) => c.currency_code === p.currency_code)?.id }))
    return { id: input.variant_id, ...fields, ...(withIds ? { prices: withIds } : {}) }
  })
  when({ variantUpdate }, ({ variantUpdate }) => Object.keys(variantUpdate).length > 1).then(() => {
    updateProductVariantsWorkflow.runAsStep({ input: transform({ variantUpdate }, ({ variantUpdate }) => ({ product_variants: [variantUpdate] })) })
  })

  const renamed = transform({ input, found }, ({ input, found }) => renamedOptionValue(found.product, input.variant_id, input.update.title))
  when({ renamed }, ({ renamed }) => renamed !== null).then(() => {
    updateProductOptionValuesWorkflow.runAsStep({
      input: transform({ renamed }, ({ renamed }) => ({ id: renamed!.id, update: { value: renamed!.value } })),
    })
  })

  when({ input }, ({ input }) => input.update.stock !== undefined).then(() => {
    setVendorVariantStockWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        vendor_id: input.vendor_id,
        product_id: input.product_id,
        variant_id: input.variant_id,
        quantity: input.update.stock!,
      })),
    })
  })
  when({ input }, ({ input }) => input.update.title_en !== undefined).then(() => {
    translateVendorProductWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        product_id: input.product_id,
        english: { variants: [{ id: input.variant_id, title: input.update.title ?? "", title_en: input.update.title_en }] },
      })),
    })
  })
  return new WorkflowResponse({ id: input.variant_id })
})
