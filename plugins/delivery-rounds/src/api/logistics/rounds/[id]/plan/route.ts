import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { planDeliveryRoundWorkflow } from "../../../../../workflows/delivery/workflows/plan-delivery-round"
import type { LogisticsPlanRound } from "../../../validators"
import { volunteerRound } from "../route"

export const POST = async (req: AuthenticatedMedusaRequest<LogisticsPlanRound>, res: MedusaResponse) => {
  await planDeliveryRoundWorkflow(req.scope).run({
    input: { round_id: req.params.id, volunteer_id: req.auth_context.actor_id, locks: req.validatedBody.locks ?? [] },
  })
  res.json({ round: await volunteerRound(req, req.params.id) })
}
