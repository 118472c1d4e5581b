import type { MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { VendorRequest } from "../../utils/vendor-context"
import { accountView, payoutsOf } from "./query"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const vendorId = req.vendor_context.vendor.id
  const service: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  const { payouts, count } = await payoutsOf(req.scope, { vendor_id: vendorId })
  const open = await service.listPayoutItems({ vendor_id: vendorId, payout_id: null })
  res.json({
    payouts,
    count,
    // Delivered and waiting (holding period, resident's payment) and what is owed back.
    balance: {
      pending: open.filter((i) => i.net > 0).reduce((s, i) => s + i.net, 0),
      owed: open.filter((i) => i.net < 0).reduce((s, i) => s + i.net, 0),
      upcoming: open.map((i) => ({ id: i.id, kind: i.kind, order_id: i.order_id, net: i.net, eligible_at: i.eligible_at })),
    },
    account: await accountView(req.scope, vendorId),
  })
}
