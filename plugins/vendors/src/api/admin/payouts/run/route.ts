import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { runPayouts } from "../../../../workflows/payout/run-payouts"

/** "Run payouts now": what the hourly job does, on demand. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { run, payouts, errors } = await runPayouts(req.scope, { trigger: "admin" })
  res.json({ run, payouts, errors })
}
