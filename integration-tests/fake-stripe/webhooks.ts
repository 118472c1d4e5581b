// Webhook events built and signed exactly as Stripe does: the `Stripe-Signature` header is
// `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the endpoint secret>`.
import crypto from "node:crypto"

export type StripeEvent = {
  id: string
  object: "event"
  api_version: string
  created: number
  livemode: false
  pending_webhooks: number
  request: { id: string | null; idempotency_key: string | null }
  type: string
  data: { object: Record<string, unknown>; previous_attributes?: Record<string, unknown> }
  account?: string
}

export function stripeEvent(type: string, object: Record<string, unknown>, opts: { id?: string; created?: number; account?: string } = {}): StripeEvent {
  return {
    id: opts.id ?? `evt_${crypto.randomBytes(12).toString("hex")}`,
    object: "event",
    api_version: "2025-09-30.clover",
    created: opts.created ?? Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object: JSON.parse(JSON.stringify(object)) },
    ...(opts.account ? { account: opts.account } : {}),
  }
}

export function signPayload(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)) {
  const v1 = crypto.createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex")
  return `t=${timestamp},v1=${v1}`
}

/** The body and headers Stripe would POST to a webhook endpoint for this event. */
export function signedDelivery(event: StripeEvent, secret: string, timestamp?: number) {
  const body = JSON.stringify(event, null, 2)
  return { body, headers: { "content-type": "application/json", "stripe-signature": signPayload(body, secret, timestamp) } }
}
