import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../../../../../modules/brand"
import type BrandModuleService from "../../../../../modules/brand/service"
import { brandOfProducts } from "../../../../../lib/product-brand"
import { setProductClaimWorkflow } from "../../../../../workflows/product-claim/workflows/set-product-claim"
import { shopOfRequest, refusal } from "@rbv/kit"
import type { VendorSetProductClaim } from "../../validators"

async function claimView(req: AuthenticatedMedusaRequest, vendorId: string, productId: string) {
  const brand = (await brandOfProducts(req.scope, [productId])).get(productId)
  if (!brand || brand.vendor_id !== vendorId) throw refusal(MedusaError.Types.NOT_FOUND, "product_not_found", `Product ${productId} was not found`, "id")
  const service: BrandModuleService = req.scope.resolve(BRAND_MODULE)
  const [claim] = await service.listProductClaims({ product_id: productId }, { take: 1 })
  return { claim: claim ?? null, brand: { certified: brand.certified, criteria: brand.criteria }, rates: brand.rates }
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const vendor = shopOfRequest(req)
  res.json(await claimView(req, vendor.id, req.params.id))
}

export const POST = async (req: AuthenticatedMedusaRequest<VendorSetProductClaim>, res: MedusaResponse) => {
  const vendor = shopOfRequest(req)
  await setProductClaimWorkflow(req.scope).run({
    input: { vendor_id: vendor.id, product_id: req.params.id, criteria: req.validatedBody.criteria, parts: req.validatedBody.parts ?? null },
  })
  res.json(await claimView(req, vendor.id, req.params.id))
}
