import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { batchKey } from "../modules/delivery/service"

export type BatchLine = { product_id?: string | null; quantity: number | string | { toString(): string } }
export type LimitOfProduct = Map<string, { id: string; name: string }>
export type NamedBatchWant = { batch_limit_id: string; name: string; quantity: number }

/** Units each batch limit is asked for by a set of lines (products of one limit add up; others ask nothing). */
export function sumBatchWants(lines: BatchLine[], limitOf: LimitOfProduct): NamedBatchWant[] {
  const wants = new Map<string, NamedBatchWant>()
  for (const line of lines) {
    const limit = line.product_id ? limitOf.get(line.product_id) : undefined
    if (!limit) continue
    const want = wants.get(limit.id) ?? { batch_limit_id: limit.id, name: limit.name, quantity: 0 }
    want.quantity += Number(line.quantity)
    wants.set(limit.id, want)
  }
  return [...wants.values()].filter((w) => w.quantity > 0)
}

/** The batch limit each product counts against (through the batch limit ↔ product link). */
export async function limitsOfProducts(container: MedusaContainer, productIds: string[]): Promise<LimitOfProduct> {
  const ids = [...new Set(productIds.filter(Boolean))]
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "batch_limit.id", "batch_limit.name"], filters: { id: ids } })
  return new Map(
    data.filter((p: any) => p.batch_limit?.id).map((p: any) => [p.id as string, { id: p.batch_limit.id as string, name: p.batch_limit.name as string }])
  )
}

export async function batchWantsOf(container: MedusaContainer, lines: BatchLine[]): Promise<NamedBatchWant[]> {
  return sumBatchWants(lines, await limitsOfProducts(container, lines.map((l) => l.product_id ?? "")))
}

export type NamedShortfall = NamedBatchWant & { left: number }

/**
 * For each round, what a cart's lines ask beyond what is left of a batch (an empty list: the
 * round can take them). A read for the offer and the shipping choice; completion takes atomically.
 */
export async function batchShortfalls(container: MedusaContainer, round_ids: string[], lines: BatchLine[]): Promise<Map<string, NamedShortfall[]>> {
  const wants = await batchWantsOf(container, lines)
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const left = await service.batchUnitsLeft(wants.map((w) => w.batch_limit_id), round_ids)
  return new Map(
    round_ids.map((round_id) => [
      round_id,
      wants
        .map((w) => ({ ...w, left: left.get(batchKey(w.batch_limit_id, round_id)) ?? 0 }))
        .filter((w) => w.quantity > w.left),
    ])
  )
}
