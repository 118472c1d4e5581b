// Stripe pointed at the local fake, deliveries through the admin API and Connect onboarding through
// signed webhooks: what the payment specs share with the plain vendors app (nothing of the district here).
import { FakeStripe, signedDelivery, startFakeStripe, stripeEvent } from "../fake-stripe"

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
 * jest runs the other spec files in this same process. The specs of one file (runDistrictSuites)
 * share one boot, so they share its fake: later calls in the file return the same one.
 */
export function stripeTestEnvironment() {
  if (current) return current
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
    if (current?.fake !== fake) return
    current = undefined
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
    await fake.close()
  }
  current = { fake, restore }
  return current
}
let current: { fake: FakeStripe; restore: () => Promise<void> } | undefined

/**
 * A child order handed over and marked delivered, as the volunteer's completed stop does it (delivery-rounds'
 * deliver-stop-orders): Medusa's admin order actions are refused on a maker's part (it holds no stock
 * reservations, the resident's order does), so the fulfillment is recorded directly (fulfillment workflow + order
 * link + registered items) and marked delivered by Medusa's workflow, which emits `delivery.created`.
 */
export async function deliverChildOrder(api: Api, admin: Headers, orderId: string, container: any) {
  const { data } = await api.get(`/admin/orders/${orderId}?fields=id,items.id,items.quantity,items.title,items.variant_sku`, admin)
  const fulfillmentId = await recordChildFulfillment(container, orderId, data.order.items)
  const { markOrderFulfillmentAsDeliveredWorkflow } = require("@medusajs/medusa/core-flows")
  await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId, fulfillmentId } })
  return fulfillmentId
}

async function recordChildFulfillment(container: any, orderId: string, lines: { id: string; quantity: number | string; title: string; variant_sku?: string | null }[]) {
  const { createFulfillmentWorkflow } = require("@medusajs/medusa/core-flows")
  const query = container.resolve("query")
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "shipping_address.*", "shipping_methods.shipping_option_id", "shipping_methods.data", "items.*", "items.detail.*"],
    filters: { id: orderId },
  })
  const child = orders[0]
  // Quantities as Medusa stores them (raw), not as the admin's JSON rounded them.
  const quantity = (id: string) => {
    const item = child.items.find((i: any) => i.id === id)
    return Number(item?.raw_quantity?.value ?? item?.detail?.raw_quantity?.value ?? item?.quantity?.numeric_ ?? item?.quantity)
  }
  if (lines.some((l) => !(quantity(l.id) > 0))) throw new Error(`no quantities for ${orderId}: ${JSON.stringify(child.items)}`)
  const method = child.shipping_methods[0]
  const { data: options } = await query.graph({ entity: "shipping_option", fields: ["id", "provider_id", "service_zone.fulfillment_set.location.id"], filters: { id: method.shipping_option_id } })
  const { id: _id, ...address } = child.shipping_address ?? {}
  const { result: fulfillment } = await createFulfillmentWorkflow(container).run({
    input: {
      location_id: options[0].service_zone.fulfillment_set.location.id,
      provider_id: options[0].provider_id,
      shipping_option_id: options[0].id,
      delivery_address: address,
      data: method.data ?? {},
      order: { id: child.id },
      labels: [],
      items: lines.map((i) => ({ line_item_id: i.id, quantity: quantity(i.id), title: i.title, sku: i.variant_sku ?? "", barcode: "" })),
    },
  })
  await container.resolve("link").create({ order: { order_id: child.id }, fulfillment: { fulfillment_id: fulfillment.id } })
  await container.resolve("order").registerFulfillment({ order_id: child.id, reference: "fulfillment", reference_id: fulfillment.id, items: lines.map((i) => ({ id: i.id, quantity: quantity(i.id) })) })
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
