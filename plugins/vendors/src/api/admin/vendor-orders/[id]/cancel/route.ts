import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { releaseVendorPartWorkflow } from "../../../../../workflows/vendor/workflows/release-vendor-part"
import type { CancelVendorOrder } from "../../../../vendor/validators"

// A coordinator cancels a maker's part: it leaves the resident's order as a maker's own cancel does.
export const POST = async (req: AuthenticatedMedusaRequest<CancelVendorOrder>, res: MedusaResponse) => {
  await releaseVendorPartWorkflow(req.scope).run({
    input: { order_id: req.params.id, reason: req.validatedBody.reason, canceled_by: req.auth_context.actor_id },
  })
  res.json({ id: req.params.id })
}
