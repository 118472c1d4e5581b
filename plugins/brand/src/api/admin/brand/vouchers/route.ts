import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BRAND_MODULE } from "../../../../modules/brand"
import type BrandModuleService from "../../../../modules/brand/service"

// Coordinators only: the one place where a voucher's beneficiary is shown.
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: BrandModuleService = req.scope.resolve(BRAND_MODULE)
  res.json({ vouchers: await service.listVouchers({}, { order: { created_at: "DESC" } }) })
}
