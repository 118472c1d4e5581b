import { model } from "@medusajs/framework/utils"

// Stripe events already applied: a redelivered or replayed event is recognised by its id.
export const StripeWebhookEvent = model.define("payout_stripe_event", {
  id: model.id({ prefix: "poevt" }).primaryKey(),
  stripe_event_id: model.text().unique(),
  type: model.text(),
  event_created: model.number(),
  outcome: model.text(),
})
