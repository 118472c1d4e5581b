import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelVendorOrderWorkflow } from "../../../../../workflows/vendor/workflows/cancel-vendor-order"
import type { CancelVendorOrder } from "../../../../vendor/validators"

export const POST = async (req: AuthenticatedMedusaRequest<CancelVendorOrder>, res: MedusaResponse) => {
  const { result } = await cancelVendorOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, reason: req.validatedBody.reason, canceled_by: req.auth_context.actor_id },
  })
  res.json(result)
}
