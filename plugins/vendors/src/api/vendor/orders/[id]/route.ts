import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../../utils/vendor-context"
import { retrieveVendorOrder } from "../query"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  res.json({ order: await retrieveVendorOrder(req.scope, req.vendor_context.vendor.id, req.params.id) })
}
