import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadRoundContext } from "../../../lib/round-context"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

const ACTIVE = ["open", "closed", "planned", "in_progress"]

/**
 * GET /vendor/delivery-rounds → for each coming round, what this maker prepares: one labelled
 * packing list per resident order, and when goods must be at the hub (or when the rider collects).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members } = await query.graph({ entity: "vendor_member", fields: ["vendor.id"], filters: { id: req.auth_context.actor_id } })
  const vendorId = (members[0] as any)?.vendor?.id as string | undefined
  if (!vendorId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")

  const service: DeliveryModuleService = req.scope.resolve(DELIVERY_MODULE)
  const rounds = await service.listDeliveryRounds({ status: ACTIVE }, { order: { starts_at: "ASC" }, take: null })
  const result: Record<string, unknown>[] = []
  for (const round of rounds) {
    const ctx = await loadRoundContext(req.scope, round.id)
    const orders = [...ctx.orders.values()]
      .map((o) => ({ order: o, child: o.child_orders.find((c) => c.vendor_id === vendorId && c.status !== "canceled") }))
      .filter((x) => x.child)
      .map(({ order }) => ({
        display_id: order.display_id,
        customer_name: order.customer_name,
        items: order.items.filter((i) => i.vendor_id === vendorId).map(({ title, quantity }) => ({ title, quantity })),
      }))
    if (!orders.length) continue
    const collect = ((round.plan as any)?.steps ?? []).find((s: any) => s.type === "collect" && s.vendor_id === vendorId)
    result.push({
      id: round.id,
      name: round.name,
      starts_at: round.starts_at,
      ends_at: round.ends_at,
      status: round.status,
      collection_mode: round.collection_mode,
      dropoff_deadline: round.collection_mode === "hub_dropoff" ? round.dropoff_deadline : null,
      hub: ctx.hub ? { name: ctx.hub.name, address_1: ctx.hub.address_1 } : null,
      collection_eta: collect?.arrival ?? null,
      orders,
    })
  }
  res.json({ rounds: result })
}
