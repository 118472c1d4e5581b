import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { DELIVERY_MODULE } from "../../../../modules/delivery"
import type DeliveryModuleService from "../../../../modules/delivery/service"
import { visibleVolunteer } from "../route"
import type { AdminUpdateVolunteer } from "../validators"

// A role or contact change is one row: no workflow needed beyond the module's own transaction.
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateVolunteer>, res: MedusaResponse) => {
  const service: DeliveryModuleService = req.scope.resolve(DELIVERY_MODULE)
  const [volunteer] = await service.listVolunteers({ id: req.params.id }, { take: 1 })
  if (!volunteer) throw refusal(MedusaError.Types.NOT_FOUND, "volunteer_not_found", `Volunteer ${req.params.id} was not found`, "id")
  const updated = await service.updateVolunteers({ id: req.params.id, ...req.validatedBody })
  res.json({ volunteer: visibleVolunteer(updated) })
}
