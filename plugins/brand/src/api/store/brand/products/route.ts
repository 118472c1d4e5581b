import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BRAND_MODULE } from "../../../../modules/brand"
import type BrandModuleService from "../../../../modules/brand/service"

// The ids of the products that carry the brand mark today: the storefront's "solo prodotti del
// marchio" filter passes them to /store/products (which keeps its own visibility rules).
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const service: BrandModuleService = req.scope.resolve(BRAND_MODULE)
  const certified = await service.certifiedVendorIds()
  const claims = certified.size ? await service.listProductClaims({ vendor_id: [...certified] }) : []
  res.json({ product_ids: claims.filter((c) => Array.isArray(c.criteria) && c.criteria.length).map((c) => c.product_id) })
}
