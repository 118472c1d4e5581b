import { model } from "@medusajs/framework/utils"

// How a maker is paid: a Stripe Express account (kept in sync by `account.updated` webhooks)
// and/or an IBAN for the coordinators' bank-transfer batches.
export const PayoutAccount = model.define("payout_account", {
  id: model.id({ prefix: "poacc" }).primaryKey(),
  vendor_id: model.text().unique(),
  stripe_account_id: model.text().nullable(),
  stripe_status: model.enum(["none", "pending", "enabled", "restricted"]).default("none"),
  requirements_due: model.json().nullable(),
  disabled_reason: model.text().nullable(),
  // `created` (unix seconds) of the Stripe event whose state we hold: an older event arriving
  // late must not overwrite a newer state.
  stripe_state_at: model.number().nullable(),
  iban: model.text().nullable(),
  account_holder: model.text().nullable(),
})
