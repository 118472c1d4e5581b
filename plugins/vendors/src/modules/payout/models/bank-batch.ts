import { model } from "@medusajs/framework/utils"

// A bank-transfer batch exported by the coordinators (CSV for the bank, SEPA credit transfer
// fields); the payouts in it move from `awaiting_bank_transfer` to `exported`.
export const BankBatch = model.define("payout_bank_batch", {
  id: model.id({ prefix: "pobat" }).primaryKey(),
  currency_code: model.text(),
  payouts_count: model.number(),
  total_amount: model.number(),
  csv: model.text(),
})
