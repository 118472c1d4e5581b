import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { PAYOUT_MODULE } from "../../../../../../modules/payout"
import type PayoutModuleService from "../../../../../../modules/payout/service"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  const [batch] = await service.listBankBatches({ id: req.params.id }, { take: 1 })
  if (!batch) throw refusal(MedusaError.Types.NOT_FOUND, "bank_batch_not_found", `Bank batch ${req.params.id} was not found`, "id")
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="bonifici-${batch.id}.csv"`)
  res.send(batch.csv)
}
