import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { finishDeliveryRoundWorkflow } from "../../../../../workflows/delivery/workflows/finish-delivery-round"
import { volunteerRound } from "../route"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await finishDeliveryRoundWorkflow(req.scope).run({ input: { round_id: req.params.id, volunteer_id: req.auth_context.actor_id } })
  res.json({ round: await volunteerRound(req, req.params.id) })
}
