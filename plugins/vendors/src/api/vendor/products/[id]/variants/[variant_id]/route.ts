import type { MedusaResponse } from "@medusajs/framework/http"
import { removeVendorProductVariantWorkflow } from "../../../../../../workflows/vendor/workflows/remove-vendor-product-variant"
import { updateVendorProductVariantWorkflow } from "../../../../../../workflows/vendor/workflows/update-vendor-product-variant"
import type { VendorRequest } from "../../../../../utils/vendor-context"
import type { VendorUpdateVariant } from "../../../../validators"
import { retrieveVendorProduct } from "../../../query"

export const POST = async (req: VendorRequest<VendorUpdateVariant>, res: MedusaResponse) => {
  const { vendor, member } = req.vendor_context
  await updateVendorProductVariantWorkflow(req.scope).run({
    input: { vendor_id: vendor.id, member_id: member.id, product_id: req.params.id, variant_id: req.params.variant_id, update: req.validatedBody },
  })
  res.json({ product: await retrieveVendorProduct(req.scope, vendor.id, req.params.id) })
}

export const DELETE = async (req: VendorRequest, res: MedusaResponse) => {
  const { result } = await removeVendorProductVariantWorkflow(req.scope).run({
    input: { vendor_id: req.vendor_context.vendor.id, product_id: req.params.id, variant_id: req.params.variant_id },
  })
  res.json({
    id: result.id,
    object: "variant",
    deleted: true,
    kept_for_orders: result.kept_for_orders,
    product: await retrieveVendorProduct(req.scope, req.vendor_context.vendor.id, req.params.id),
  })
}
