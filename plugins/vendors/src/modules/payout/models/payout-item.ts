import { model } from "@medusajs/framework/utils"
import { Payout } from "./payout"

// What a maker is owed (or owes back), one row per reason, signed integer cents:
// - sale: a delivered child order — gross (items) − commission − fund share = net; the child's
//   delivery share is recorded too but stays with the network that runs the rounds;
// - refund: the maker's part of a refund on the resident's order (negative);
// - carry: a negative balance left over by an `offset` payout, owed into the next one.
// `source_id` makes each one unique (the child order, refund or payout it comes from).
export const PayoutItem = model
  .define("payout_item", {
    id: model.id({ prefix: "poit" }).primaryKey(),
    vendor_id: model.text(),
    kind: model.enum(["sale", "refund", "carry"]),
    source_id: model.text(),
    order_id: model.text().nullable(),
    parent_order_id: model.text().nullable(),
    currency_code: model.text(),
    gross: model.number(),
    commission: model.number(),
    fund_share: model.number().default(0),
    delivery_share: model.number().default(0),
    net: model.number(),
    eligible_at: model.dateTime(),
    payout: model.belongsTo(() => Payout, { mappedBy: "items" }).nullable(),
  })
  .indexes([
    { on: ["kind", "source_id"], unique: true },
    { on: ["vendor_id", "eligible_at"] },
  ])
