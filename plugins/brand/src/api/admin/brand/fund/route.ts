import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fundSummary } from "../../../fund-summary"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ fund: await fundSummary(req.scope) })
}
