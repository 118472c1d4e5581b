import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import stripeProviders from "@medusajs/medusa/payment-stripe"
import path from "node:path"
import { stripeConnection } from "../../lib/stripe"

// Medusa's own Stripe card provider (pp_stripe_stripe), unchanged except that its client can be
// pointed at another host with STRIPE_API_HOST / STRIPE_API_PORT / STRIPE_API_PROTOCOL — the
// stock provider builds `new Stripe(apiKey)` with no way to do so, and the tests talk to a local
// fake Stripe. Without those variables it is exactly the stock provider.
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
}

export default ModuleProvider(Modules.PAYMENT, { services: [StripeProviderService] })
