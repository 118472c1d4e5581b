import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DELIVERY_MODULE } from "../../../../modules/delivery"
import type DeliveryModuleService from "../../../../modules/delivery/service"
import { visibleVolunteer } from "../route"
import type { AdminUpdateVolunteer } from "../validators"

// A role or contact change is one row: no workflow needed beyond the module's own transaction.
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateVolunteer>, res: MedusaResponse) => {
  const service: DeliveryModuleService = req.scope.resolve(DELIVERY_MODULE)
  await service.retrieveVolunteer(req.params.id)
  const updated = await service.updateVolunteers({ id: req.params.id, ...req.validatedBody })
  res.json({ volunteer: visibleVolunteer(updated) })
}
