import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { disburseFromFundWorkflow } from "../../../../../workflows/fund/workflows/disburse-from-fund"
import { fundSummary } from "../../../../fund-summary"
import type { AdminCreateDisbursement } from "../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateDisbursement>, res: MedusaResponse) => {
  const { result } = await disburseFromFundWorkflow(req.scope).run({ input: req.validatedBody })
  const { balance } = await fundSummary(req.scope)
  res.status(201).json({ disbursement: { ...result, amount: -result.amount }, balance })
}
