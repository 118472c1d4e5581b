import type { MedusaResponse } from "@medusajs/framework/http"
import { removeVendorMemberWorkflow } from "../../../../workflows/vendor/workflows/remove-vendor-member"
import type { VendorRequest } from "../../../utils/vendor-context"

export const DELETE = async (req: VendorRequest, res: MedusaResponse) => {
  const { result } = await removeVendorMemberWorkflow(req.scope).run({
    input: { vendor_id: req.vendor_context.vendor.id, member_id: req.params.id, removed_by: req.vendor_context.member.id },
  })
  res.json({ id: result.id, object: "vendor_member", deleted: true })
}
