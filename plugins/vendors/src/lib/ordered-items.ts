import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Which of these products (or variants) appear on any order line, open or delivered. Orders keep
 * their own copy of titles and amounts, but their stock reservations and fulfilment still go
 * through the variant's inventory item, so what was ever sold is never deleted outright.
 */
export async function orderedIds(scope: MedusaContainer, key: "product_id" | "variant_id", ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const lines = await scope.resolve(Modules.ORDER).listOrderLineItems({ [key]: ids }, { select: ["id", key] })
  return new Set(lines.map((line) => line[key]).filter((id): id is string => Boolean(id)))
}
