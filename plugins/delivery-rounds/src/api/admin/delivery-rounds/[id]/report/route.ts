import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { roundReport } from "../../../../../lib/round-report"
import { refetchRound } from "../route"

// GET /admin/delivery-rounds/:id/report → the round's money per maker and for the round (cents).
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchRound(req, req.params.id)
  res.json({ report: await roundReport(req.scope, req.params.id) })
}
