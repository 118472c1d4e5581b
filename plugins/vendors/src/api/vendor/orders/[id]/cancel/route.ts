import type { MedusaResponse } from "@medusajs/framework/http"
import { cancelVendorOrderWorkflow } from "../../../../../workflows/vendor/workflows/cancel-vendor-order"
import type { VendorRequest } from "../../../../utils/vendor-context"
import type { CancelVendorOrder } from "../../../validators"
import { retrieveVendorOrder } from "../../query"

// The maker cannot make it (sold out, ill): its part is cancelled, the resident keeps the rest.
export const POST = async (req: VendorRequest<CancelVendorOrder>, res: MedusaResponse) => {
  const { vendor, member } = req.vendor_context
  await cancelVendorOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, vendor_id: vendor.id, reason: req.validatedBody.reason, canceled_by: member.id },
  })
  res.json({ order: await retrieveVendorOrder(req.scope, vendor.id, req.params.id) })
}
