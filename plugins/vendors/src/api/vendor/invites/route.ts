import type { MedusaResponse } from "@medusajs/framework/http"
import { inviteVendorMemberWorkflow } from "../../../workflows/vendor/workflows/invite-vendor-member"
import type { VendorRequest } from "../../utils/vendor-context"
import type { VendorCreateInvite } from "../validators"

// The token goes back to the owner too: with no mail server in the network yet, they pass it on.
export const POST = async (req: VendorRequest<VendorCreateInvite>, res: MedusaResponse) => {
  const { result } = await inviteVendorMemberWorkflow(req.scope).run({
    input: { vendor_id: req.vendor_context.vendor.id, ...req.validatedBody },
  })
  res.status(201).json({ invite: result })
}
