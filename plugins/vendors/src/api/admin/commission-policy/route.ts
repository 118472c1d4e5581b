import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { VENDOR_MODULE } from "../../../modules/vendor"
import VendorModuleService, { DEFAULT_COMMISSION_BPS } from "../../../modules/vendor/service"
import { setCommissionRatesWorkflow } from "../../../workflows/vendor/workflows/set-commission-rates"
import type { AdminSetCommissionPolicy } from "../vendors/validators"

async function current(req: AuthenticatedMedusaRequest) {
  const service: VendorModuleService = req.scope.resolve(VENDOR_MODULE)
  const [policy] = await service.listCommissionPolicies({}, { take: 1 })
  return { default_rate_bps: policy?.default_rate_bps ?? DEFAULT_COMMISSION_BPS }
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ commission_policy: await current(req) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminSetCommissionPolicy>, res: MedusaResponse) => {
  await setCommissionRatesWorkflow(req.scope).run({ input: { default_rate_bps: req.validatedBody.default_rate_bps } })
  res.json({ commission_policy: await current(req) })
}
