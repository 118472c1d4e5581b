import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import VendorProductLink from "../links/vendor-product"

/** product id → vendor id, for the products that have a maker. */
export async function vendorsOfProducts(container: MedusaContainer, productIds: string[]): Promise<Record<string, string>> {
  if (!productIds.length) return {}
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: VendorProductLink.entryPoint,
    fields: ["vendor_id", "product_id"],
    filters: { product_id: productIds },
  })
  return Object.fromEntries(data.map((l: { product_id: string; vendor_id: string }) => [l.product_id, l.vendor_id]))
}
