import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { categories, makers, productImageSvg, products } from "../demo-district"
import type { VatClass } from "../demo-district/types"
import { query, SeedContainer } from "./context"
import type { Logistics } from "./logistics"
import { uploadSvgs } from "./uploads"

async function seedCategories(container: SeedContainer) {
  const q = query(container)
  const ids: Record<string, string> = {}
  const { data: existing } = await q.graph({ entity: "product_category", fields: ["id", "handle"] })
  for (const row of existing) ids[row.handle] = row.id
  const missing = categories.filter((c) => !ids[c.handle])
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({
          name: c.name,
          handle: c.handle,
          description: c.description,
          is_active: true,
          metadata: { name_en: c.name_en, vat: c.vat },
        })),
      },
    })
    for (const row of result) ids[row.handle] = row.id
  }
  return ids
}

const toEuro = (cents: number) => cents / 100

export async function seedCatalogue(
  container: SeedContainer,
  { salesChannelId, vatTypes, logistics }: { salesChannelId: string; vatTypes: Record<VatClass, string>; logistics: Logistics }
) {
  const q = query(container)
  const categoryIds = await seedCategories(container)
  const { data: existing } = await q.graph({ entity: "product", fields: ["handle"] })
  const have = new Set(existing.map((p) => p.handle))
  const missing = products.filter((p) => !have.has(p.handle))
  if (!missing.length) return 0

  const makerByHandle = new Map(makers.map((m) => [m.handle, m]))
  const vatByCategory = new Map(categories.map((c) => [c.handle, c.vat]))
  const urls = await uploadSvgs(container, missing.map((p) => ({ name: `${p.handle}.svg`, svg: productImageSvg(p) })))

  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: missing.map((p, i) => {
        const maker = makerByHandle.get(p.maker)!
        return {
          title: p.title,
          subtitle: p.subtitle,
          handle: p.handle,
          description: p.description,
          status: ProductStatus.PUBLISHED,
          weight: p.weight,
          thumbnail: urls[i],
          images: [{ url: urls[i] }],
          category_ids: [categoryIds[p.category]],
          type_id: vatTypes[vatByCategory.get(p.category)!],
          shipping_profile_id: logistics.shippingProfileId,
          sales_channels: [{ id: salesChannelId }],
          // Until @rbv/vendors owns products, the maker travels in metadata.
          metadata: {
            maker_handle: maker.handle,
            maker_name: maker.name,
            featured: Boolean(p.featured),
            ...(p.weight_pricing ? { weight_pricing: p.weight_pricing } : {}),
          },
          options: p.options,
          variants: p.variants.map((v) => ({
            title: v.title,
            sku: v.sku,
            options: v.options,
            manage_inventory: true,
            prices: [{ currency_code: "eur", amount: toEuro(v.price) }],
          })),
        }
      }),
    },
  })

  const stockBySku = new Map(missing.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  const { data: items } = await q.graph({
    entity: "inventory_item",
    fields: ["id", "sku"],
    filters: { sku: [...stockBySku.keys()] },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item) => ({
        inventory_item_id: item.id,
        location_id: logistics.stockLocationId,
        stocked_quantity: stockBySku.get(item.sku!) ?? 0,
      })),
    },
  })
  return result.length
}
