import { model } from "@medusajs/framework/utils"

// The ledger the statements read from: written once per child order at purchase time
// (kind "sale") and offset, never edited, when that part is cancelled (kind "reversal"). One
// exception, before delivery and payout: a part with products sold by weight has its sale re-priced
// once, when the maker records the real weights (workflow record-vendor-weights).
// Amounts are integer minor units (cents).
export const CommissionLine = model
  .define("commission_line", {
    id: model.id({ prefix: "coml" }).primaryKey(),
    vendor_id: model.text(),
    order_id: model.text(),
    parent_order_id: model.text(),
    kind: model.enum(["sale", "reversal"]).default("sale"),
    currency_code: model.text(),
    gross: model.number(),
    rate_bps: model.number(),
    commission: model.number(),
    net: model.number(),
  })
  .indexes([
    { on: ["vendor_id", "created_at"] },
    { on: ["order_id", "kind"], unique: true },
  ])
