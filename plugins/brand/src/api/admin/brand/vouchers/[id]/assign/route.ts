import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assignVoucherWorkflow } from "../../../../../../workflows/voucher/workflows/assign-voucher"
import type { AdminAssignVoucher } from "../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminAssignVoucher>, res: MedusaResponse) => {
  const { result } = await assignVoucherWorkflow(req.scope).run({ input: { id: req.params.id, beneficiary: req.validatedBody.beneficiary } })
  res.json({ voucher: result })
}
