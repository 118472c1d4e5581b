import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: DeliveryModuleService = req.scope.resolve(DELIVERY_MODULE)
  const v = await service.retrieveVolunteer(req.auth_context.actor_id)
  res.json({ volunteer: { id: v.id, name: v.name, email: v.email, phone: v.phone, role: v.role } })
}
