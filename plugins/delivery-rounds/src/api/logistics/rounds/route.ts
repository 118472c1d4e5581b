import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { roundSummary } from "../../../lib/round-view"

// GET /logistics/rounds → the volunteer's rounds (planners: all), soonest first.
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: DeliveryModuleService = req.scope.resolve(DELIVERY_MODULE)
  const mine = await service.roundsVisibleTo(req.auth_context.actor_id)
  const stops = mine.length ? await service.listDeliveryStops({ round_id: mine.map((r) => r.id) }, { take: null }) : []
  res.json({ rounds: mine.map((r) => roundSummary(r, stops.filter((s) => s.round_id === r.id))) })
}
