import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fundSummary } from "../../../fund-summary"

// Public: totals and disbursements only; which orders fed the fund is not shown.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { entries, ...fund } = await fundSummary(req.scope)
  res.json({ fund })
}
