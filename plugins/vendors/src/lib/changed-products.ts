import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Graph = { data: any[] }
const ids = (rows: any[], key: string): string[] => [...new Set(rows.map((r) => r?.[key]).filter(Boolean))] as string[]

/**
 * The products a catalogue event is about: the product itself, a variant's product, or the
 * products whose stock an inventory level or a reservation (an order placed or cancelled) moved.
 * Deleted rows are read too (their event comes after the delete).
 */
export async function changedProductIds(container: MedusaContainer, eventName: string, id: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const graph = (entity: string, fields: string[], filter: string[]): Promise<Graph> =>
    filter.length ? query.graph({ entity, fields, filters: { id: filter }, withDeleted: true } as any) : Promise.resolve({ data: [] })

  if (eventName.startsWith("product.") && !eventName.includes("variant")) return [id]
  if (eventName.includes("variant")) return ids((await graph("product_variant", ["product_id"], [id])).data, "product_id")

  let itemIds = [id]
  if (eventName.includes("inventory-level")) itemIds = ids((await graph("inventory_level", ["inventory_item_id"], [id])).data, "inventory_item_id")
  if (eventName.includes("reservation-item")) itemIds = ids((await graph("reservation_item", ["inventory_item_id"], [id])).data, "inventory_item_id")
  const { data: items } = await graph("inventory_item", ["variants.product_id"], itemIds)
  return ids(items.flatMap((i) => i.variants ?? []), "product_id")
}
