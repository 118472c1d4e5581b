import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../../../../modules/payout"
import type PayoutModuleService from "../../../../../../modules/payout/service"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  const batch = await service.retrieveBankBatch(req.params.id)
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="bonifici-${batch.id}.csv"`)
  res.send(batch.csv)
}
