import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startDeliveryRoundWorkflow } from "../../../../../workflows/delivery/workflows/start-delivery-round"
import { volunteerRound } from "../route"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await startDeliveryRoundWorkflow(req.scope).run({ input: { round_id: req.params.id, volunteer_id: req.auth_context.actor_id } })
  res.json({ round: await volunteerRound(req, req.params.id) })
}
