import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { bankBatchCsv } from "../../../lib/bank-batch-csv"
import { refusal } from "@rbv/kit"

export const exportBankBatchStepId = "export-bank-batch"

/**
 * Collects every payout waiting for a bank transfer whose maker gave an IBAN into one CSV batch;
 * they become `exported`. Payouts without an IBAN stay waiting (the admin lists them).
 */
export const exportBankBatchStep = createStep(
  exportBankBatchStepId,
  async (input: { names: Record<string, string> }, { container }) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const waiting = await service.listPayouts({ status: "awaiting_bank_transfer" }, { order: { created_at: "ASC" } })
    const accounts = await service.listPayoutAccounts({ vendor_id: [...new Set(waiting.map((p) => p.vendor_id))] })
    const ibanOf = new Map(accounts.filter((a) => a.iban).map((a) => [a.vendor_id, a]))
    const ready = waiting.filter((p) => ibanOf.has(p.vendor_id))
    if (!ready.length) throw refusal(MedusaError.Types.NOT_ALLOWED, "no_bank_payouts", "No payout is waiting for a bank transfer with an IBAN")
    const csv = bankBatchCsv(
      ready.map((p) => ({
        payout_id: p.id,
        beneficiary: ibanOf.get(p.vendor_id)!.account_holder || input.names[p.vendor_id] || p.vendor_id,
        iban: ibanOf.get(p.vendor_id)!.iban!,
        amount: p.amount,
        currency_code: p.currency_code,
        reference: `Rete del Buon Vivere ${p.id}`,
      }))
    )
    const batch = await service.createBankBatches({ currency_code: ready[0].currency_code, payouts_count: ready.length, total_amount: ready.reduce((s, p) => s + p.amount, 0), csv })
    await service.updatePayouts(ready.map((p) => ({ id: p.id, status: "exported" as const, bank_batch_id: batch.id, iban: ibanOf.get(p.vendor_id)!.iban })))
    return new StepResponse(batch, { batch_id: batch.id, payout_ids: ready.map((p) => p.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    await service.updatePayouts(undo.payout_ids.map((id) => ({ id, status: "awaiting_bank_transfer" as const, bank_batch_id: null })))
    await service.deleteBankBatches(undo.batch_id)
  }
)
