import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { normalizeIban } from "../../../lib/iban"

export const setPayoutBankDetailsStepId = "set-payout-bank-details"

/** The IBAN bank transfers go to; payouts still waiting in the batch follow the new IBAN at export. */
export const setPayoutBankDetailsStep = createStep(
  setPayoutBankDetailsStepId,
  async (input: { vendor_id: string; iban: string; account_holder: string }, { container }) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const existing = await service.accountOf(input.vendor_id)
    const values = { iban: normalizeIban(input.iban), account_holder: input.account_holder.trim() }
    if (existing) {
      const updated = await service.updatePayoutAccounts({ id: existing.id, ...values })
      return new StepResponse(updated, { id: existing.id, iban: existing.iban, account_holder: existing.account_holder, created: false })
    }
    const created = await service.createPayoutAccounts({ vendor_id: input.vendor_id, ...values })
    return new StepResponse(created, { id: created.id, iban: null, account_holder: null, created: true })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    if (undo.created) await service.deletePayoutAccounts(undo.id)
    else await service.updatePayoutAccounts({ id: undo.id, iban: undo.iban, account_holder: undo.account_holder })
  }
)
