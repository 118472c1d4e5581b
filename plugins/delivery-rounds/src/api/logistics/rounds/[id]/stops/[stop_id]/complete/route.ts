import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { completeDeliveryStopWorkflow } from "../../../../../../../workflows/delivery/workflows/complete-delivery-stop"
import type { LogisticsCompleteStop } from "../../../../../validators"
import { volunteerRound } from "../../../route"

export const POST = async (req: AuthenticatedMedusaRequest<LogisticsCompleteStop>, res: MedusaResponse) => {
  await completeDeliveryStopWorkflow(req.scope).run({
    input: { ...req.validatedBody, round_id: req.params.id, stop_id: req.params.stop_id, volunteer_id: req.auth_context.actor_id },
  })
  res.json({ round: await volunteerRound(req, req.params.id) })
}
