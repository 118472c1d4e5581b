import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { changeVendorStatusWorkflow } from "../../../../../workflows/vendor/workflows/change-vendor-status"
import { STATUS_TRANSITIONS, VendorStatusAction } from "../../../../../workflows/vendor/steps/validate-status-change"
import type { AdminVendorStatusChange } from "../../validators"
import { refetchVendor } from "../route"

// POST /admin/vendors/:id/approve | reject | suspend | reactivate
export const POST = async (req: AuthenticatedMedusaRequest<AdminVendorStatusChange>, res: MedusaResponse) => {
  const action = req.params.action as VendorStatusAction
  if (!(action in STATUS_TRANSITIONS)) throw refusal(MedusaError.Types.NOT_FOUND, "action_not_found", `Unknown action ${action}`, "action")
  await refetchVendor(req, req.params.id)
  await changeVendorStatusWorkflow(req.scope).run({
    input: { vendor_id: req.params.id, action, reason: req.validatedBody?.reason ?? null },
  })
  res.json({ vendor: await refetchVendor(req, req.params.id) })
}
