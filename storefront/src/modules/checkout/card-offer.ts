// Whether the checkout may show a card form, and what the browser needs to load it. A card
// form is offered only when the storefront has Stripe's publishable key AND Medusa offers the
// Stripe provider in the cart's region: with either missing, residents see pay-on-delivery only
// and never a form that cannot work.
export const STRIPE_PROVIDER = "pp_stripe_stripe"
export const DEFAULT_STRIPE_JS_URL = "https://js.stripe.com/v3/"

export type CardOffer = { available: false } | { available: true; publishableKey: string; scriptUrl: string }

export function cardOffer(input: { providerIds: string[]; publishableKey?: string | null; scriptUrl?: string | null }): CardOffer {
  const key = input.publishableKey?.trim()
  if (!key || !/^pk_(test|live)_\w+$/.test(key) || !input.providerIds.includes(STRIPE_PROVIDER)) return { available: false }
  return { available: true, publishableKey: key, scriptUrl: input.scriptUrl?.trim() || DEFAULT_STRIPE_JS_URL }
}

/** The intent's client secret from a Medusa payment session created by the Stripe provider. */
export function clientSecretOf(session: { provider_id?: string; data?: Record<string, unknown> | null } | undefined): string | null {
  const secret = session?.provider_id === STRIPE_PROVIDER ? session.data?.client_secret : null
  return typeof secret === "string" && /^pi_\w+_secret_\w+$/.test(secret) ? secret : null
}
