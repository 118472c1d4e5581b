import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteVendorProductWorkflow } from "../../../../workflows/vendor/workflows/delete-vendor-product"
import { updateVendorProductWorkflow } from "../../../../workflows/vendor/workflows/update-vendor-product"
import type { VendorRequest } from "../../../utils/vendor-context"
import type { VendorUpdateProduct } from "../../validators"
import { retrieveVendorProduct } from "../query"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  res.json({ product: await retrieveVendorProduct(req.scope, req.vendor_context.vendor.id, req.params.id) })
}

export const POST = async (req: VendorRequest<VendorUpdateProduct>, res: MedusaResponse) => {
  await updateVendorProductWorkflow(req.scope).run({
    input: { vendor_id: req.vendor_context.vendor.id, member_id: req.vendor_context.member.id, product_id: req.params.id, update: req.validatedBody },
  })
  res.json({ product: await retrieveVendorProduct(req.scope, req.vendor_context.vendor.id, req.params.id) })
}

export const DELETE = async (req: VendorRequest, res: MedusaResponse) => {
  await deleteVendorProductWorkflow(req.scope).run({
    input: { vendor_id: req.vendor_context.vendor.id, product_id: req.params.id },
  })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
