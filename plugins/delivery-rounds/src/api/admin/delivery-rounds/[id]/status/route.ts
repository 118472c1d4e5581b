import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeRoundStatus } from "../../../../../lib/close-round"
import type { AdminDeliveryRoundStatus } from "../../validators"
import { refetchRound } from "../route"

export const POST = async (req: AuthenticatedMedusaRequest<AdminDeliveryRoundStatus>, res: MedusaResponse) => {
  await refetchRound(req, req.params.id)
  await changeRoundStatus(req.scope, req.params.id, req.validatedBody.status)
  res.json({ delivery_round: await refetchRound(req, req.params.id) })
}
