import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type PayoutModuleService from "../../../../modules/payout/service"
import { VENDOR_MODULE } from "../../../../modules/vendor"
import type VendorModuleService from "../../../../modules/vendor/service"
import { exportBankBatchWorkflow } from "../../../../workflows/payout/workflows/export-bank-batch"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  const batches = await service.listBankBatches({}, { order: { created_at: "DESC" }, take: 50, select: ["id", "currency_code", "payouts_count", "total_amount", "created_at"] })
  const waiting = await service.listPayouts({ status: "awaiting_bank_transfer" })
  const accounts = await service.listPayoutAccounts({ vendor_id: [...new Set(waiting.map((p) => p.vendor_id))] })
  const withIban = new Set(accounts.filter((a) => a.iban).map((a) => a.vendor_id))
  res.json({
    batches,
    waiting: { count: waiting.length, total_amount: waiting.reduce((s, p) => s + p.amount, 0), missing_iban_vendor_ids: [...new Set(waiting.filter((p) => !withIban.has(p.vendor_id)).map((p) => p.vendor_id))] },
  })
}

/** Exports every bank-transfer payout that can be paid into one CSV batch. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const vendors: VendorModuleService = req.scope.resolve(VENDOR_MODULE)
  const names = Object.fromEntries((await vendors.listVendors({}, { select: ["id", "name"] })).map((v) => [v.id, v.name]))
  const { result } = await exportBankBatchWorkflow(req.scope).run({ input: { names } })
  res.status(201).json({ batch: result })
}
