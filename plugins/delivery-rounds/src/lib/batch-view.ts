import type { BatchLimitView } from "@rbv/kit/api-types"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"

const COMING = ["open", "closed", "planned", "in_progress"]

export type { BatchLimitView }

/** A maker's batch limits with their products and, per coming round, the units taken and left. */
export async function batchLimitsOfVendor(container: MedusaContainer, vendor_id: string, id?: string): Promise<BatchLimitView[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const [{ data: limits }, rounds] = await Promise.all([
    query.graph({
      entity: "batch_limit",
      fields: ["id", "name", "quantity", "products.id", "products.title", "usages.taken", "usages.round_id"],
      filters: { vendor_id, ...(id ? { id } : {}) },
      pagination: { order: { name: "ASC" } },
    }),
    service.listDeliveryRounds({ status: COMING }, { order: { starts_at: "ASC" }, take: null }),
  ])
  return limits.map((l: any) => ({
    id: l.id,
    name: l.name,
    quantity: l.quantity,
    products: (l.products ?? []).filter(Boolean).map((p: any) => ({ id: p.id, title: p.title })),
    rounds: rounds.map((r) => {
      const taken = (l.usages ?? []).find((u: any) => u.round_id === r.id)?.taken ?? 0
      return { id: r.id, name: r.name, starts_at: r.starts_at, cutoff_at: r.cutoff_at, status: r.status, taken, left: Math.max(0, l.quantity - taken) }
    }),
  }))
}
