import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import VendorProductLink from "../../../links/vendor-product"

export const VENDOR_PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "description",
  "status",
  "thumbnail",
  "weight",
  "created_at",
  "updated_at",
  "images.url",
  "categories.id",
  "categories.name",
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

/** The vendor's products (all, or the one asked for); someone else's product is simply not there. */
export async function listVendorProducts(scope: MedusaContainer, vendorId: string, productId?: string) {
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
  return data
}

export async function retrieveVendorProduct(scope: MedusaContainer, vendorId: string, productId: string) {
  const [product] = await listVendorProducts(scope, vendorId, productId)
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found`)
  return product
}
