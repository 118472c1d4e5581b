import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeDeliveryRoundStatusWorkflow } from "../../../../../workflows/delivery/workflows/change-delivery-round-status"
import type { AdminDeliveryRoundStatus } from "../../validators"
import { refetchRound } from "../route"

export const POST = async (req: AuthenticatedMedusaRequest<AdminDeliveryRoundStatus>, res: MedusaResponse) => {
  await refetchRound(req, req.params.id)
  await changeDeliveryRoundStatusWorkflow(req.scope).run({ input: { round_id: req.params.id, status: req.validatedBody.status } })
  res.json({ delivery_round: await refetchRound(req, req.params.id) })
}
