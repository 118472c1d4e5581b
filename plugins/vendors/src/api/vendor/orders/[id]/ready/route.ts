import type { MedusaResponse } from "@medusajs/framework/http"
import { markVendorOrderReadyWorkflow } from "../../../../../workflows/vendor/workflows/mark-vendor-order-ready"
import type { VendorRequest } from "../../../../utils/vendor-context"
import { retrieveVendorOrder } from "../../query"

const setReady = (ready: boolean) => async (req: VendorRequest, res: MedusaResponse) => {
  const { vendor, member } = req.vendor_context
  await markVendorOrderReadyWorkflow(req.scope).run({ input: { vendor_id: vendor.id, order_id: req.params.id, member_id: member.id, ready } })
  res.json({ order: await retrieveVendorOrder(req.scope, vendor.id, req.params.id) })
}

// POST marks the maker's part "pronto"; DELETE takes it back while the round has not started.
export const POST = setReady(true)
export const DELETE = setReady(false)
