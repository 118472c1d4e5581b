import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { VENDOR_MODULE } from "../../../modules/vendor"
import { resolveShopDefaultsStep } from "../steps/resolve-shop-defaults"
import { validateProductClassificationStep } from "../steps/validate-product-classification"
import { validateVendorCanSellStep } from "../steps/validate-vendor-can-sell"
import { translateVendorProductWorkflow } from "./translate-vendor-product"

export type VendorProductInput = Omit<CreateProductWorkflowInputDTO, "variants" | "sales_channels" | "shipping_profile_id" | "type_id"> & {
  vat_class_id?: string
  title_en?: string | null
  subtitle_en?: string | null
  description_en?: string | null
  variants: (NonNullable<CreateProductWorkflowInputDTO["variants"]>[number] & { stock?: number; title_en?: string | null })[]
}

export type CreateVendorProductInput = { vendor_id: string; product: VendorProductInput }

export const createVendorProductWorkflowId = "create-vendor-product"

/** A product of an approved shop: sold in the network's channel, stocked at the hub, linked to its maker. */
export const createVendorProductWorkflow = createWorkflow(createVendorProductWorkflowId, (input: CreateVendorProductInput) => {
  validateVendorCanSellStep({ vendor_id: input.vendor_id })
  validateProductClassificationStep({ category_ids: input.product.category_ids, vat_class_id: input.product.vat_class_id })
  const defaults = resolveShopDefaultsStep()

  const productData = transform({ input, defaults }, ({ input, defaults }) => {
    const { variants, vat_class_id, title_en, subtitle_en, description_en, ...product } = input.product
    return [
      {
        ...product,
        ...(vat_class_id ? { type_id: vat_class_id } : {}),
        shipping_profile_id: defaults.shipping_profile_id ?? undefined,
        sales_channels: [{ id: defaults.sales_channel_id }],
        variants: variants.map(({ stock, title_en, ...variant }) => ({ manage_inventory: true, ...variant })),
      },
    ]
  })
  const products = createProductsWorkflow.runAsStep({ input: { products: productData } })

  const links = transform({ input, products }, ({ input, products }) => [
    { [VENDOR_MODULE]: { vendor_id: input.vendor_id }, [Modules.PRODUCT]: { product_id: products[0].id } },
  ])
  createRemoteLinkStep(links)

  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["id", "sku", "title", "inventory_items.inventory_item_id"],
    filters: transform({ products }, ({ products }) => ({ product_id: products[0].id })),
  }).config({ name: "created-variants" })

  const levels = transform({ input, variants, defaults }, ({ input, variants, defaults }) => {
    if (!defaults.location_id) return []
    const stockBySku = new Map(input.product.variants.map((v) => [v.sku, v.stock ?? 0]))
    const stockByTitle = new Map(input.product.variants.map((v) => [v.title, v.stock ?? 0]))
    return variants.flatMap((variant: any) =>
      (variant.inventory_items ?? []).map((link: { inventory_item_id: string }) => ({
        inventory_item_id: link.inventory_item_id,
        location_id: defaults.location_id!,
        stocked_quantity: stockBySku.get(variant.sku) ?? stockByTitle.get(variant.title) ?? 0,
      }))
    )
  })
  createInventoryLevelsWorkflow.runAsStep({ input: { inventory_levels: levels } })

  translateVendorProductWorkflow.runAsStep({
    input: transform({ input, products }, ({ input, products }) => ({
      product_id: products[0].id,
      is_new: true,
      english: {
        title: input.product.title_en,
        subtitle: input.product.subtitle_en,
        description: input.product.description_en,
        variants: input.product.variants.map((v) => ({ title: v.title!, title_en: v.title_en })),
      },
    })),
  })

  return new WorkflowResponse(products[0])
})
