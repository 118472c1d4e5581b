import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Stripe from "stripe"
import { connectWebhookSecret, WEBHOOK_TOLERANCE_SECONDS } from "../../../../lib/stripe"
import { handleStripeConnectEventWorkflow } from "../../../../workflows/payout/workflows/handle-stripe-connect-event"

// Signature checks need no API key: the verifier is a static part of the SDK.
const verifier = Stripe.webhooks

/**
 * Stripe Connect webhook (account.updated). The signature is checked on the raw body with the
 * endpoint secret; a stale timestamp (> 5 min) is refused as a replay; an event already seen
 * answers 200 and changes nothing.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const secret = connectWebhookSecret()
  // Without a signing secret this network takes no Stripe events: the endpoint does not exist.
  if (!secret) return res.status(404).json({ type: "not_found", code: "webhooks_not_configured", message: "Stripe webhooks are not configured on this network (STRIPE_WEBHOOK_SECRET)" })
  const signature = req.headers["stripe-signature"]
  const raw = (req as MedusaRequest & { rawBody?: Buffer }).rawBody
  if (typeof signature !== "string" || !raw) return res.status(400).json({ type: "invalid_data", code: "signature_missing", message: "Missing Stripe-Signature header or body" })
  let event: Stripe.Event
  try {
    event = verifier.constructEvent(raw, signature, secret, WEBHOOK_TOLERANCE_SECONDS)
  } catch (e: any) {
    return res.status(400).json({ type: "invalid_data", code: "signature_invalid", message: String(e?.message ?? "Invalid signature") })
  }
  const { result } = await handleStripeConnectEventWorkflow(req.scope).run({
    input: { id: event.id, type: event.type, created: event.created, data: { object: event.data.object as any } },
  })
  res.json({ received: true, outcome: result })
}
