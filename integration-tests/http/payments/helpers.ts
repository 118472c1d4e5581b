// Shared steps of the payment journeys: Stripe pointed at the local fake, card and cash
// checkouts, deliveries through the admin API, Connect onboarding through signed webhooks.
import { FakeStripe, signedDelivery, startFakeStripe, stripeEvent } from "../../fake-stripe"
import { VERONETTA_ADDRESS } from "../../helpers/checkout"

type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: any; status: number }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any; status: number }>
}
type Headers = { headers: Record<string, string> }

export const STRIPE_KEY = "sk_test_rbv_payments"
export const WEBHOOK_SECRET = "whsec_rbv_payments_test"

const STRIPE_ENV = ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_HOST", "STRIPE_API_PORT", "STRIPE_API_PROTOCOL", "PAYOUT_HOLD_HOURS"] as const

/**
 * Starts the fake and sets the environment Medusa reads when it boots (so call it at the top
 * of the spec file, before the runner's beforeAll); `restore` puts the environment back, as
 * jest runs the other spec files in this same process.
 */
export function stripeTestEnvironment() {
  const fake: FakeStripe = startFakeStripe()
  const saved = Object.fromEntries(STRIPE_ENV.map((k) => [k, process.env[k]]))
  Object.assign(process.env, {
    STRIPE_API_KEY: STRIPE_KEY,
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_HOST: "127.0.0.1",
    STRIPE_API_PORT: String(fake.port),
    STRIPE_API_PROTOCOL: "http",
    PAYOUT_HOLD_HOURS: "0",
  })
  const restore = async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
    await fake.close()
  }
  return { fake, restore }
}

export const cents = (amount: number | string) => Math.round(Number(amount) * 100)

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** The resident's checkout up to the payment step; pays by card (Stripe) or on delivery. */
export async function placeOrder(api: Api, store: Headers, regionId: string, items: { variant_id: string; quantity: number }[], pay: { provider: "pp_stripe_stripe" | "pp_system_default"; confirm?: (intentId: string) => Promise<unknown> }) {
  const { data: cart } = await api.post("/store/carts", { region_id: regionId }, store)
  const cartId = cart.cart.id
  for (const item of items) await api.post(`/store/carts/${cartId}/line-items`, item, store)
  await api.post(`/store/carts/${cartId}`, { email: "giulia.ferrari@example.org", shipping_address: VERONETTA_ADDRESS, billing_address: VERONETTA_ADDRESS }, store)
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
  const option = options.shipping_options.find((o: any) => o.name === "Consegna a domicilio") ?? options.shipping_options[0]
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, store)
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  const { data: withSession } = await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: pay.provider }, store)
  const session = withSession.payment_collection.payment_sessions.find((s: any) => s.provider_id === pay.provider)
  if (pay.confirm) await pay.confirm(session.data.id)
  const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
  if (completed.type !== "order") throw new Error(`cart not completed: ${JSON.stringify(completed.error ?? completed)}`)
  return { order: completed.order, session, cartId }
}

/** The makers' child orders of a resident's order (as Medusa's admin sees them). */
export async function childOrdersOf(container: any, parentId: string, expected: number) {
  const query = container.resolve("query")
  return waitFor(`${expected} child orders of ${parentId}`, async () => {
    const { data } = await query.graph({ entity: "commission_line", fields: ["order_id", "vendor_id", "gross", "commission", "kind"], filters: { parent_order_id: parentId, kind: "sale" } })
    return data.length === expected ? (data as { order_id: string; vendor_id: string; gross: number; commission: number }[]) : null
  })
}

/** A child order handed over and marked delivered through the admin API (what the volunteer's stop does). */
export async function deliverChildOrder(api: Api, admin: Headers, orderId: string) {
  const { data } = await api.get(`/admin/orders/${orderId}?fields=id,items.id,items.quantity,fulfillments.id`, admin)
  const before = new Set((data.order.fulfillments ?? []).map((f: any) => f.id))
  const { data: fulfilled } = await api.post(
    `/admin/orders/${orderId}/fulfillments?fields=id,fulfillments.id`,
    { items: data.order.items.map((i: any) => ({ id: i.id, quantity: Number(i.quantity) })) },
    admin
  )
  const fulfillment = fulfilled.order.fulfillments.find((f: any) => !before.has(f.id))
  await api.post(`/admin/orders/${orderId}/fulfillments/${fulfillment.id}/mark-as-delivered`, {}, admin)
  return fulfillment.id as string
}

/** Stripe's `account.updated` for the account as the fake holds it now, signed and posted to our webhook. */
export async function postAccountUpdated(api: Api, fake: FakeStripe, accountId: string, opts: { created?: number; id?: string; secret?: string; timestamp?: number } = {}) {
  const event = stripeEvent("account.updated", fake.accounts.get(accountId)!, { created: opts.created, id: opts.id })
  const { body, headers } = signedDelivery(event, opts.secret ?? WEBHOOK_SECRET, opts.timestamp)
  const res = await api.post("/hooks/stripe/connect", body, { headers, validateStatus: () => true })
  return { res, event, body, headers }
}

/** A maker opens its Express account from /bottega and finishes onboarding at Stripe. */
export async function onboardMaker(api: Api, fake: FakeStripe, headers: Headers, vendorId: string) {
  const { data } = await api.post("/vendor/stripe/onboarding", {}, headers)
  const account = [...fake.accounts.values()].find((a) => a.metadata?.vendor_id === vendorId)!
  fake.setAccountState(account.id, "enabled")
  const { res } = await postAccountUpdated(api, fake, account.id)
  if (res.status !== 200) throw new Error(`webhook refused: ${JSON.stringify(res.data)}`)
  return { url: data.url as string, accountId: account.id as string }
}
