import type { MedusaResponse } from "@medusajs/framework/http"
import { markVendorOrderReadyWorkflow } from "../../../../../workflows/vendor/workflows/mark-vendor-order-ready"
import type { VendorRequest } from "../../../../utils/vendor-context"
import { retrieveVendorOrder } from "../../query"

export const POST = async (req: VendorRequest, res: MedusaResponse) => {
  const { vendor, member } = req.vendor_context
  await markVendorOrderReadyWorkflow(req.scope).run({ input: { vendor_id: vendor.id, order_id: req.params.id, member_id: member.id } })
  res.json({ order: await retrieveVendorOrder(req.scope, vendor.id, req.params.id) })
}
