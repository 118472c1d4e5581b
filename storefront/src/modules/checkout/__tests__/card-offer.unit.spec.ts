import { cardOffer, clientSecretOf, DEFAULT_STRIPE_JS_URL } from "../card-offer"

describe("card offer at checkout", () => {
  it("offers cards only with a publishable key and the Stripe provider in the region", () => {
    expect(cardOffer({ providerIds: ["pp_system_default"], publishableKey: "pk_test_abc" })).toEqual({ available: false })
    expect(cardOffer({ providerIds: ["pp_system_default", "pp_stripe_stripe"] })).toEqual({ available: false })
    expect(cardOffer({ providerIds: ["pp_stripe_stripe"], publishableKey: "sk_test_secret" })).toEqual({ available: false })
    expect(cardOffer({ providerIds: ["pp_stripe_stripe"], publishableKey: " pk_test_abc " })).toEqual({ available: true, publishableKey: "pk_test_abc", scriptUrl: DEFAULT_STRIPE_JS_URL })
    expect(cardOffer({ providerIds: ["pp_stripe_stripe"], publishableKey: "pk_live_x1", scriptUrl: "http://127.0.0.1:4242/v3/" })).toMatchObject({ scriptUrl: "http://127.0.0.1:4242/v3/" })
  })

  it("takes the client secret only from a Stripe session", () => {
    expect(clientSecretOf({ provider_id: "pp_stripe_stripe", data: { client_secret: "pi_123_secret_456" } })).toBe("pi_123_secret_456")
    expect(clientSecretOf({ provider_id: "pp_system_default", data: { client_secret: "pi_123_secret_456" } })).toBeNull()
    expect(clientSecretOf({ provider_id: "pp_stripe_stripe", data: {} })).toBeNull()
    expect(clientSecretOf(undefined)).toBeNull()
  })
})
