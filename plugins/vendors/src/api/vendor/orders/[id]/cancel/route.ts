import type { MedusaResponse } from "@medusajs/framework/http"
import { releaseVendorPartWorkflow } from "../../../../../workflows/vendor/workflows/release-vendor-part"
import type { VendorRequest } from "../../../../utils/vendor-context"
import type { CancelVendorOrder } from "../../../validators"
import { retrieveVendorOrder } from "../../query"

// The maker cannot make it (sold out, ill): its part is cancelled and leaves the resident's order
// (its total drops, a card gives the part back); the resident keeps the rest and is told.
export const POST = async (req: VendorRequest<CancelVendorOrder>, res: MedusaResponse) => {
  const { vendor, member } = req.vendor_context
  await releaseVendorPartWorkflow(req.scope).run({
    input: { order_id: req.params.id, vendor_id: vendor.id, reason: req.validatedBody.reason, canceled_by: member.id },
  })
  res.json({ order: await retrieveVendorOrder(req.scope, vendor.id, req.params.id) })
}
