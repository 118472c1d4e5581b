import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SearchFacetAnswer } from "@rbv/kit"
import { DELIVERY_MODULE } from "../../modules/delivery"
import type DeliveryModuleService from "../../modules/delivery/service"
import { batchKey } from "../../modules/delivery/service"

/**
 * What the next open round (before its cutoff) cannot bring: products whose maker's batch for it
 * is used up. No round open: nothing can come with the next one.
 */
export async function unavailableForNextRound(container: MedusaContainer): Promise<SearchFacetAnswer> {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const [round] = await service.listDeliveryRounds({ status: "open", cutoff_at: { $gt: new Date() } }, { order: { starts_at: "ASC" }, take: 1 })
  if (!round) return { only: [] }
  const limits = await service.listBatchLimits({}, { take: null })
  const left = await service.batchUnitsLeft(limits.map((l) => l.id), [round.id])
  const usedUp = limits.filter((l) => (left.get(batchKey(l.id, round.id)) ?? 0) <= 0).map((l) => l.id)
  if (!usedUp.length) return { except: [] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "batch_limit", fields: ["id", "products.id"], filters: { id: usedUp } })
  return { except: data.flatMap((l: any) => (l.products ?? []).filter(Boolean).map((p: { id: string }) => p.id)) }
}
