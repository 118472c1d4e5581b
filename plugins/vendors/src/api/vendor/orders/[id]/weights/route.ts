import type { MedusaResponse } from "@medusajs/framework/http"
import { recordVendorWeightsWorkflow } from "../../../../../workflows/vendor/workflows/record-vendor-weights"
import type { VendorRequest } from "../../../../utils/vendor-context"
import type { VendorRecordWeights } from "../../../validators"
import { retrieveVendorOrder } from "../../query"

/** POST /vendor/orders/:id/weights { lines: [{ item_id, grams }] } → the part re-priced by its real weights (again to correct them, until it leaves the workshop). */
export const POST = async (req: VendorRequest<VendorRecordWeights>, res: MedusaResponse) => {
  const { vendor, member } = req.vendor_context
  const { result } = await recordVendorWeightsWorkflow(req.scope).run({
    input: { vendor_id: vendor.id, member_id: member.id, order_id: req.params.id, lines: req.validatedBody.lines },
  })
  res.json({
    order: await retrieveVendorOrder(req.scope, vendor.id, req.params.id),
    weighing: { lines: result.lines, total_before: result.total_before, total_after: result.total_after, captured: result.capture?.amount ?? null, refunded: result.refund?.amount ?? null, corrected: result.corrected },
  })
}
