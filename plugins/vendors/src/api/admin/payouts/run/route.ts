import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notDueSales } from "../../../../workflows/payout/not-due"
import { runPayouts } from "../../../../workflows/payout/run-payouts"

/** "Run payouts now": what the hourly job does, on demand; a run that pays nothing says why. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { run, payouts, errors } = await runPayouts(req.scope, { trigger: "admin" })
  const not_due = payouts.length ? null : await notDueSales(req.scope)
  res.json({ run, payouts, errors, not_due })
}
