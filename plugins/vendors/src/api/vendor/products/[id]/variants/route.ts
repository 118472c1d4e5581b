import type { MedusaResponse } from "@medusajs/framework/http"
import { addVendorProductVariantWorkflow } from "../../../../../workflows/vendor/workflows/add-vendor-product-variant"
import type { VendorRequest } from "../../../../utils/vendor-context"
import type { VendorCreateVariant } from "../../../validators"
import { retrieveVendorProduct } from "../../query"

export const POST = async (req: VendorRequest<VendorCreateVariant>, res: MedusaResponse) => {
  const { result } = await addVendorProductVariantWorkflow(req.scope).run({
    input: { vendor_id: req.vendor_context.vendor.id, product_id: req.params.id, variant: req.validatedBody },
  })
  res.status(201).json({ variant_id: result.id, product: await retrieveVendorProduct(req.scope, req.vendor_context.vendor.id, req.params.id) })
}
