import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../modules/delivery"
import type DeliveryModuleService from "../../modules/delivery/service"
import { refusal } from "@rbv/kit"

/**
 * Runs on every /logistics request after the token is verified: a volunteer the coordinators
 * deactivated (or removed) is refused at once, even with a token issued before — a JWT stays
 * valid until it expires, the volunteer row is the truth.
 */
export async function requireActiveVolunteer(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const service: DeliveryModuleService = req.scope.resolve(DELIVERY_MODULE)
  const [volunteer] = await service.listVolunteers({ id: req.auth_context.actor_id }, { select: ["id", "active"], take: 1 })
  if (!volunteer?.active) return next(refusal(MedusaError.Types.UNAUTHORIZED, "volunteer_inactive", "This volunteer account is not active"))
  next()
}
