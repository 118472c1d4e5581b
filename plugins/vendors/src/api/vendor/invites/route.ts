import type { MedusaResponse } from "@medusajs/framework/http"
import { inviteVendorMemberWorkflow } from "../../../workflows/vendor/workflows/invite-vendor-member"
import type { VendorRequest } from "../../utils/vendor-context"
import type { VendorCreateInvite } from "../validators"

// The invitee gets the link by e-mail; the token also goes back once to the owner, who may pass it on.
export const POST = async (req: VendorRequest<VendorCreateInvite>, res: MedusaResponse) => {
  const { result } = await inviteVendorMemberWorkflow(req.scope).run({
    input: { vendor_id: req.vendor_context.vendor.id, ...req.validatedBody },
  })
  res.status(201).json({ invite: result })
}
