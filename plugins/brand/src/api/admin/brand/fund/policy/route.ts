import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BRAND_MODULE } from "../../../../../modules/brand"
import type BrandModuleService from "../../../../../modules/brand/service"
import { setFundPolicyWorkflow } from "../../../../../workflows/fund/workflows/set-fund-policy"
import type { AdminSetFundPolicy } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: BrandModuleService = req.scope.resolve(BRAND_MODULE)
  res.json({ fund_policy: { share_bps: await service.fundShareBps() } })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminSetFundPolicy>, res: MedusaResponse) => {
  const { result } = await setFundPolicyWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ fund_policy: { share_bps: result.share_bps } })
}
