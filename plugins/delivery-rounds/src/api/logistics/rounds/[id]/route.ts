import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { DELIVERY_MODULE } from "../../../../modules/delivery"
import type DeliveryModuleService from "../../../../modules/delivery/service"
import { loadRoundContext } from "../../../../lib/round-context"
import { roundDetail } from "../../../../lib/round-view"

export async function volunteerRound(req: AuthenticatedMedusaRequest, id: string) {
  const service: DeliveryModuleService = req.scope.resolve(DELIVERY_MODULE)
  if (!(await service.volunteerSeesRound(req.auth_context.actor_id, id))) {
    throw refusal(MedusaError.Types.NOT_FOUND, "round_not_found", `Delivery round ${id} was not found`, "id")
  }
  return roundDetail(await loadRoundContext(req.scope, id), req.auth_context.actor_id)
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ round: await volunteerRound(req, req.params.id) })
}
