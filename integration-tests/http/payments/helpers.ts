// Shared steps of the payment journeys: card and cash checkouts in the district; Stripe pointed at
// the local fake, deliveries and Connect onboarding come from helpers/stripe-payouts.ts.
import { VERONETTA_ADDRESS } from "../../helpers/checkout"
import { districtSuite, type DistrictSuite } from "../../helpers/district"
import { stripeTestEnvironment } from "../../helpers/stripe-payouts"
import { waitFor } from "../../helpers/wait-for"
export { deliverChildOrder, onboardMaker, postAccountUpdated, STRIPE_KEY, stripeTestEnvironment, WEBHOOK_SECRET } from "../../helpers/stripe-payouts"

type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: any; status: number }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any; status: number }>
}
type Headers = { headers: Record<string, string> }


/**
 * A spec of a file booted with the fake Stripe (runDistrictSuites): it starts from an emptied
 * fake, as it would in a file of its own, and the file's environment is put back at its end.
 */
export function cardSuite(suite: DistrictSuite): DistrictSuite {
  const { fake, restore } = stripeTestEnvironment()
  afterAll(restore)
  return districtSuite({
    testSuite: (context) => {
      beforeAll(() => fake.reset())
      suite.testSuite(context)
    },
  })
}

export const cents = (amount: number | string) => Math.round(Number(amount) * 100)

export { waitFor }

/** Rethrows an API error with what the server answered, so a failing journey says why. */
async function explain<T>(what: string, call: Promise<T>): Promise<T> {
  try {
    return await call
  } catch (e: any) {
    if (e?.response) throw new Error(`${what}: ${e.response.status} ${JSON.stringify(e.response.data)}`)
    throw e
  }
}

/** The resident's checkout up to the payment step; pays by card (Stripe) or on delivery. */
export async function placeOrder(api: Api, store: Headers, regionId: string, items: { variant_id: string; quantity: number }[], pay: { provider: "pp_stripe_stripe" | "pp_system_default"; confirm?: (intentId: string) => Promise<unknown> }) {
  const { data: cart } = await api.post("/store/carts", { region_id: regionId }, store)
  const cartId = cart.cart.id
  for (const item of items) await explain("add to cart", api.post(`/store/carts/${cartId}/line-items`, item, store))
  await api.post(`/store/carts/${cartId}`, { email: "giulia.ferrari@example.org", shipping_address: VERONETTA_ADDRESS, billing_address: VERONETTA_ADDRESS }, store)
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
  const option = options.shipping_options.find((o: any) => o.name === "Consegna a domicilio") ?? options.shipping_options[0]
  await explain("shipping method", api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, store))
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  const { data: withSession } = await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: pay.provider }, store)
  const session = withSession.payment_collection.payment_sessions.find((s: any) => s.provider_id === pay.provider)
  if (pay.confirm) await pay.confirm(session.data.id)
  const { data: completed } = await explain("complete cart", api.post(`/store/delivery-rounds/carts/${cartId}/complete`, {}, store))
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
