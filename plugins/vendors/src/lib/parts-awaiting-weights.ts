import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../modules/vendor"
import type VendorModuleService from "../modules/vendor/service"
import { weightPricingOf } from "./weight-pricing"

/**
 * The makers' parts of a resident's order that still wait for their weights: not cancelled, not
 * weighed, with a line sold by weight. While any is left, a card authorised for the estimate plus
 * the tolerance is not captured: the last weighing captures the final amount.
 */
export async function partsAwaitingWeights(container: MedusaContainer, parentOrderId: string, exceptOrderId?: string): Promise<string[]> {
  const service: VendorModuleService = container.resolve(VENDOR_MODULE)
  const sales = await service.listCommissionLines({ parent_order_id: parentOrderId, kind: "sale" }, { take: null })
  const ids = sales.map((l) => l.order_id).filter((id) => id !== exceptOrderId)
  if (!ids.length) return []
  const { data: parts } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "status", "metadata", "items.metadata"], filters: { id: ids } })
  return (parts as any[]).filter((p) => p.status !== "canceled" && !p.metadata?.weighed_at && (p.items ?? []).some((i: any) => weightPricingOf(i.metadata))).map((p) => p.id as string)
}
