import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { makersInstalled } from "@rbv/kit"

/** The maker (vendor) name of each product, by product id; empty without @rbv/vendors (products have no maker link then). */
export async function makersOf(container: MedusaContainer, productIds: string[]): Promise<Map<string, string>> {
  if (!productIds.length || !makersInstalled(container)) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "vendor.name"], filters: { id: productIds } })
  return new Map((data as any[]).filter((p) => p.vendor?.name).map((p) => [p.id, p.vendor.name]))
}
