import type { MedusaContainer } from "@medusajs/framework/types"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { zoneServes } from "./zone-match"

// A basket as its module returns it: `address` is a JSON column holding the checkout's shipping address.
export type BasketDelivery = { delivery: "home" | "pickup"; pickup_point_id?: string | null; address?: Record<string, unknown> | null }
type DeliveryAddress = { postal_code?: string | null; metadata?: { lat?: number | null; lng?: number | null } | null }
export type ServingRound = Awaited<ReturnType<DeliveryModuleService["listRoundsWithRefs"]>>[number]

/**
 * The rounds that serve a basket's delivery (its pickup point, or a zone of its address), not
 * cancelled, whose cutoff is after `since`: what its cadence counts in. Capacity is not looked at
 * here: a full round is told at cutoff, as to any checkout.
 */
export async function roundsServingBasket(container: MedusaContainer, basket: BasketDelivery, since: Date): Promise<ServingRound[]> {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const rounds = await service.listRoundsWithRefs({ status: { $ne: "cancelled" }, cutoff_at: { $gt: since } }, { order: { starts_at: "ASC" }, take: null })
  if (basket.delivery === "pickup") return rounds.filter((r) => basket.pickup_point_id && r.pickup_point_ids.includes(basket.pickup_point_id))
  const zones = await service.listDeliveryZones({}, { take: null })
  const address = (basket.address ?? {}) as DeliveryAddress
  const meta = address.metadata ?? {}
  const serving = new Set(zones.filter((z) => zoneServes(z as any, address.postal_code, { lat: meta.lat ?? null, lng: meta.lng ?? null })).map((z) => z.id))
  return rounds.filter((r) => r.zone_ids.some((id) => serving.has(id)))
}
