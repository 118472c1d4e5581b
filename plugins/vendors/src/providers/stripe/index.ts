import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import stripeProviders from "@medusajs/medusa/payment-stripe"
import path from "node:path"
import { stripeConnection } from "../../lib/stripe"
import { CAPTURE_AMOUNT_KEY } from "../../lib/weight-pricing"

// Medusa's own Stripe card provider (pp_stripe_stripe), unchanged except that its client can be
// pointed at another host with STRIPE_API_HOST / STRIPE_API_PORT / STRIPE_API_PROTOCOL — the
// stock provider builds `new Stripe(apiKey)` with no way to do so, and the tests talk to a local
// fake Stripe. Without those variables it is exactly the stock provider — and that it captures
// part of an authorisation when asked to (see capturePayment).
const StockStripeProvider = (stripeProviders as unknown as { services: any[] }).services.find((s) => s.identifier === "stripe")

// The same `stripe` SDK version the stock provider was written against (its own dependency).
function providerStripeSdk() {
  const providerDir = path.dirname(require.resolve("@medusajs/payment-stripe/package.json"))
  const sdk = require(require.resolve("stripe", { paths: [providerDir] }))
  return sdk.default ?? sdk
}

class StripeProviderService extends StockStripeProvider {
  static identifier = "stripe"

  constructor(container: any, options: any) {
    super(container, options)
    const connection = stripeConnection()
    if (Object.keys(connection).length) {
      const Client = providerStripeSdk()
      ;(this as any).stripe_ = new Client(options.apiKey, connection)
    }
  }

  /**
   * Medusa 2.21's provider captures the whole PaymentIntent whatever amount Medusa recorded for
   * the capture (it never sends `amount_to_capture`). Products sold by weight authorise the
   * estimate + tolerance and capture the weighed amount: the workflow puts that amount (cents) in
   * the payment's data as `rbv_amount_to_capture` just before capturing, and it is sent to Stripe,
   * which releases the rest of the authorisation.
   */
  async capturePayment(input: { data?: Record<string, unknown>; context?: { idempotency_key?: string } }) {
    const amount = input.data?.[CAPTURE_AMOUNT_KEY]
    if (typeof amount !== "number") return super.capturePayment(input)
    try {
      const intent = await (this as any).stripe_.paymentIntents.capture(input.data!.id, { amount_to_capture: amount }, { idempotencyKey: input.context?.idempotency_key })
      return { data: intent }
    } catch (error: any) {
      if (error?.code === "payment_intent_unexpected_state" && error.payment_intent?.status === "succeeded") return { data: error.payment_intent }
      throw (this as any).buildError("An error occurred in capturePayment", error)
    }
  }
}

export default ModuleProvider(Modules.PAYMENT, { services: [StripeProviderService] })
