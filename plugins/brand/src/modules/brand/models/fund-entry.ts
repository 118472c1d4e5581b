import { model } from "@medusajs/framework/utils"

// The neighbourhood solidarity fund is a ledger: money in (a share of paid orders, residents'
// round-ups) and out (disbursements, reversals), integer cents, signed; never edited.
export const FundEntry = model
  .define("fund_entry", {
    id: model.id({ prefix: "fund" }).primaryKey(),
    kind: model.enum(["contribution", "roundup", "reversal", "disbursement"]),
    amount: model.number(),
    order_id: model.text().nullable(),
    purpose: model.text().nullable(),
    beneficiary_project: model.text().nullable(),
    occurred_at: model.dateTime(),
  })
  .indexes([
    { on: ["occurred_at"] },
    // one contribution and one round-up per order; reversals may come in several refunds
    { on: ["order_id", "kind"], unique: true, where: "order_id IS NOT NULL AND kind <> 'reversal'" },
  ])
