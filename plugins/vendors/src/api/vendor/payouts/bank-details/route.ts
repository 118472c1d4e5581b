import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../../utils/vendor-context"
import { setPayoutBankDetailsWorkflow } from "../../../../workflows/payout/workflows/set-payout-bank-details"
import { accountView } from "../query"
import type { VendorSetBankDetails } from "../validators"

export const POST = async (req: VendorRequest<VendorSetBankDetails>, res: MedusaResponse) => {
  const vendorId = req.vendor_context.vendor.id
  await setPayoutBankDetailsWorkflow(req.scope).run({ input: { vendor_id: vendorId, ...(req.validatedBody as VendorSetBankDetails) } })
  res.json({ account: await accountView(req.scope, vendorId) })
}
