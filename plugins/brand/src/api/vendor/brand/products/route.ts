import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BRAND_MODULE } from "../../../../modules/brand"
import type BrandModuleService from "../../../../modules/brand/service"
import { shopOfRequest } from "@rbv/kit"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const vendor = shopOfRequest(req)
  const service: BrandModuleService = req.scope.resolve(BRAND_MODULE)
  res.json({ claims: await service.listProductClaims({ vendor_id: vendor.id }) })
}
