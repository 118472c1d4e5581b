import { normalizeIban } from "../../../lib/iban"
import { payoutSteps } from "./payout-module-steps"

export const setPayoutBankDetailsStepId = "set-payout-bank-details"

/** The IBAN bank transfers go to; payouts still waiting in the batch follow the new IBAN at export. */
export const setPayoutBankDetailsStep = payoutSteps.upsert(setPayoutBankDetailsStepId, {
  find: (service, input: { vendor_id: string; iban: string; account_holder: string }) => service.accountOf(input.vendor_id),
  fields: (input) => ({ iban: normalizeIban(input.iban), account_holder: input.account_holder.trim() }),
  key: (input) => ({ vendor_id: input.vendor_id }),
  create: (service, data) => service.createPayoutAccounts(data),
  update: (service, data) => service.updatePayoutAccounts(data),
  remove: (service, id) => service.deletePayoutAccounts(id),
})
