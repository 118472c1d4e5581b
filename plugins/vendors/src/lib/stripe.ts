import Stripe from "stripe"

// One client for the plugin's own Stripe calls (Connect accounts, transfers, intents' transfer
// group). STRIPE_API_HOST / STRIPE_API_PORT / STRIPE_API_PROTOCOL point it elsewhere than
// api.stripe.com — the tests' local fake Stripe; unset in production.
let cached: { key: string; client: Stripe } | null = null

export function stripeConnection() {
  const env = process.env
  return {
    ...(env.STRIPE_API_HOST ? { host: env.STRIPE_API_HOST } : {}),
    ...(env.STRIPE_API_PORT ? { port: Number(env.STRIPE_API_PORT) } : {}),
    ...(env.STRIPE_API_PROTOCOL ? { protocol: env.STRIPE_API_PROTOCOL as "http" | "https" } : {}),
  }
}

/** The Stripe client, or null when the network runs without Stripe (bank transfers only). */
export function stripeClient(): Stripe | null {
  const key = process.env.STRIPE_API_KEY
  if (!key) return null
  const cacheKey = `${key}|${JSON.stringify(stripeConnection())}`
  if (cached?.key !== cacheKey) cached = { key: cacheKey, client: new Stripe(key, { ...stripeConnection(), maxNetworkRetries: 2 }) }
  return cached.client
}

/** Connect events (account.updated) are signed with their own endpoint secret in Stripe's dashboard. */
export const connectWebhookSecret = () => process.env.STRIPE_CONNECT_WEBHOOK_SECRET || process.env.STRIPE_WEBHOOK_SECRET || ""

/** Webhooks older than this are refused, as Stripe's own libraries do (replay protection). */
export const WEBHOOK_TOLERANCE_SECONDS = 300

/** Stripe's idempotency key for a payout's transfer: the same payout can never be transferred twice. */
export const transferIdempotencyKey = (payoutId: string) => `rbv-payout-${payoutId}`
