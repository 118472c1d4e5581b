import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ENGLISH_CONTENT_LOCALE, refusal } from "@rbv/kit"
import VendorProductLink from "../../../links/vendor-product"
import { orderedIds } from "../../../lib/ordered-items"
import { fromCents } from "../../../lib/money"
import { archivedAt } from "../../../lib/product-archive"
import { canSellByWeight, weightPricingOf } from "../../../lib/weight-pricing"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { translatedTexts } from "../../../workflows/vendor/vendor-translation"

export const VENDOR_PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "description",
  "status",
  "thumbnail",
  "weight",
  "type_id",
  "metadata",
  "created_at",
  "updated_at",
  "images.url",
  "categories.id",
  "categories.name",
  "categories.handle",
  "options.title",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.options.value",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

const PRICE_HISTORY_LENGTH = 20

/** What the maker may do with a product, said by the API so the UI does not guess. */
function present(product: any, ordered: Set<string>) {
  const { metadata, type_id, variants, ...rest } = product
  const weighed = weightPricingOf(metadata)
  return {
    ...rest,
    // Sold by weight: price per kg in euro like the sizes' prices, estimated grams per piece, tolerance in %.
    weight_pricing: weighed ? { ...weighed, price_per_kg: fromCents(weighed.price_per_kg) } : null,
    vat_class_id: type_id ?? null,
    archived_at: archivedAt({ metadata }),
    can_delete: !ordered.has(product.id),
    can_sell_by_weight: canSellByWeight(variants),
    variants: (variants ?? []).map((v: object) => ({ ...v, can_remove: variants.length > 1 })),
  }
}

/**
 * The vendor's products (the active ones, or the archived ones), or the one asked for;
 * someone else's product is simply not there.
 */
export async function listVendorProducts(
  scope: MedusaContainer,
  vendorId: string,
  { productId, archived }: { productId?: string; archived?: boolean } = {}
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: VendorProductLink.entryPoint,
    fields: ["product_id"],
    filters: { vendor_id: vendorId, ...(productId ? { product_id: productId } : {}) },
  })
  if (!links.length) return []
  const { data } = await query.graph({
    entity: "product",
    fields: VENDOR_PRODUCT_FIELDS,
    filters: { id: links.map((l: { product_id: string }) => l.product_id) },
  })
  const ordered = await orderedIds(scope, "product_id", data.map((p: { id: string }) => p.id))
  const products = data.map((p) => present(p, ordered))
  return archived === undefined ? products : products.filter((p) => Boolean(p.archived_at) === archived)
}

export async function retrieveVendorProduct(scope: MedusaContainer, vendorId: string, productId: string) {
  const [product] = await listVendorProducts(scope, vendorId, { productId })
  if (!product) throw refusal(MedusaError.Types.NOT_FOUND, "product_not_found", `Product ${productId} was not found`, "id")
  const service: VendorModuleService = scope.resolve(VENDOR_MODULE)
  const changes = await service.listVariantPriceChanges(
    { product_id: productId },
    { relations: ["member"], order: { created_at: "DESC" }, take: PRICE_HISTORY_LENGTH }
  )
  // Amounts in cents, like the statement; who changed it, by name, for the shop's other members.
  const price_changes = changes.map(({ member, vendor_id, updated_at, deleted_at, ...change }: any) => ({
    ...change,
    member: { id: member.id, first_name: member.first_name, last_name: member.last_name, email: member.email },
  }))
  // The maker's English, to fill the form again (empty: residents reading English get the Italian).
  const english = await translatedTexts(scope, [product.id, ...product.variants.map((v: { id: string }) => v.id)], ENGLISH_CONTENT_LOCALE)
  const text = (id: string, field: string) => english.get(id)?.[field] || null
  return {
    ...product,
    title_en: text(product.id, "title"),
    subtitle_en: text(product.id, "subtitle"),
    description_en: text(product.id, "description"),
    variants: product.variants.map((v: { id: string }) => ({ ...v, title_en: text(v.id, "title") })),
    price_changes,
  }
}
