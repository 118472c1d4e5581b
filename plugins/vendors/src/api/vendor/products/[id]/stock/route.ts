import type { MedusaResponse } from "@medusajs/framework/http"
import { setVendorVariantStockWorkflow } from "../../../../../workflows/vendor/workflows/set-vendor-variant-stock"
import type { VendorRequest } from "../../../../utils/vendor-context"
import type { VendorSetStock } from "../../../validators"
import { retrieveVendorProduct } from "../../query"

export const POST = async (req: VendorRequest<VendorSetStock>, res: MedusaResponse) => {
  await setVendorVariantStockWorkflow(req.scope).run({
    input: { vendor_id: req.vendor_context.vendor.id, product_id: req.params.id, ...req.validatedBody },
  })
  res.json({ product: await retrieveVendorProduct(req.scope, req.vendor_context.vendor.id, req.params.id) })
}
