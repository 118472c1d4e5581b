import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type PayoutModuleService from "../../../../modules/payout/service"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  const runs = await service.listPayoutRuns({}, { order: { created_at: "DESC" }, take: 50 })
  res.json({ runs })
}
