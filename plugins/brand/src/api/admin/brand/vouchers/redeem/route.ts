import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { redeemVoucherWorkflow } from "../../../../../workflows/voucher/workflows/redeem-voucher"
import type { StoreRedeemVoucher } from "../../../../store/brand/validators"

// At the hub (Casa Comune) the coordinators redeem from the admin: same rule, once per code.
export const POST = async (req: AuthenticatedMedusaRequest<StoreRedeemVoucher>, res: MedusaResponse) => {
  const { result } = await redeemVoucherWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ voucher: result })
}
