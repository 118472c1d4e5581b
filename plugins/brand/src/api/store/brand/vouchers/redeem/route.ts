import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { redeemVoucherWorkflow } from "../../../../../workflows/voucher/workflows/redeem-voucher"
import type { StoreRedeemVoucher } from "../../validators"

// At the pickup point: the code is all that is asked, and nothing about the family is answered.
export const POST = async (req: MedusaRequest<StoreRedeemVoucher>, res: MedusaResponse) => {
  const { result } = await redeemVoucherWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ voucher: { id: result.id, amount: result.amount, status: result.status, redeemed_at: result.redeemed_at } })
}
