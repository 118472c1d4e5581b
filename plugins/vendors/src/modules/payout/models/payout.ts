import { model } from "@medusajs/framework/utils"
import { PayoutItem } from "./payout-item"

export const PAYOUT_STATUSES = ["processing", "paid", "awaiting_bank_transfer", "exported", "offset", "failed"] as const

// One payment to one maker, covering the items attached to it; `amount` is their sum (integer
// cents). A Stripe payout is `processing` until its transfer is known to exist, then `paid`; an
// `offset` payout had nothing left to pay after a negative balance and carries the rest forward.
export const Payout = model
  .define("payout", {
    id: model.id({ prefix: "po" }).primaryKey(),
    vendor_id: model.text(),
    run_id: model.text().nullable(),
    currency_code: model.text(),
    amount: model.number(),
    method: model.enum(["stripe", "bank_transfer", "none"]),
    status: model.enum([...PAYOUT_STATUSES]),
    transfer_group: model.text().nullable(),
    idempotency_key: model.text().unique(),
    stripe_account_id: model.text().nullable(),
    stripe_transfer_id: model.text().nullable(),
    iban: model.text().nullable(),
    bank_batch_id: model.text().nullable(),
    failure_reason: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    items: model.hasMany(() => PayoutItem, { mappedBy: "payout" }),
  })
  .indexes([{ on: ["vendor_id", "created_at"] }, { on: ["status"] }])
