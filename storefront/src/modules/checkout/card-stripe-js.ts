// Loads Stripe.js from its address (Stripe's CDN, or STRIPE_JS_URL) once per page, without the
// @stripe/stripe-js package: the same thing that package's loadStripe() does.
export type StripeJs = {
  elements(options: { clientSecret: string; locale?: string; appearance?: Record<string, unknown> }): StripeElements
  confirmPayment(options: { elements: StripeElements; confirmParams: { return_url: string }; redirect: "if_required" }): Promise<{
    error?: { message?: string; type?: string }
    paymentIntent?: { id: string; status: string }
  }>
  /** Saving a card (a SetupIntent) for later payments. */
  confirmSetup(options: { elements: StripeElements; confirmParams: { return_url: string }; redirect: "if_required" }): Promise<{
    error?: { message?: string; type?: string }
    setupIntent?: { id: string; status: string; payment_method: string | null }
  }>
  /** A saved card's payment its owner confirms with their bank (3-D Secure) after an off-session attempt. */
  confirmCardPayment(clientSecret: string, data: { payment_method: string }): Promise<{
    error?: { message?: string; type?: string }
    paymentIntent?: { id: string; status: string }
  }>
}
export type StripeElements = {
  create(type: "payment", options?: Record<string, unknown>): StripePaymentElement
  submit(): Promise<{ error?: { message?: string } }>
}
export type StripePaymentElement = {
  mount(target: HTMLElement): void
  on(event: "ready" | "loaderror", handler: (e?: { error?: { message?: string } }) => void): void
  destroy(): void
}

export type LoadedStripe = { stripe: StripeJs; elements: StripeElements }
export type ConfirmOptions = { elements: StripeElements; confirmParams: { return_url: string }; redirect: "if_required" }

/** Stripe's Payment Element for one client secret, in the page's language, mounted in `into`. */
export function mountPaymentElement(
  Stripe: NonNullable<Window["Stripe"]>,
  { publishableKey, clientSecret, locale, into, ready, failed }: { publishableKey: string; clientSecret: string; locale: string; into: HTMLElement; ready: () => void; failed: () => void }
): LoadedStripe & { destroy: () => void } {
  const stripe = Stripe(publishableKey, { locale })
  const elements = stripe.elements({ clientSecret, locale })
  const element = elements.create("payment", { layout: "tabs" })
  element.on("ready", ready)
  element.on("loaderror", failed)
  element.mount(into)
  return { stripe, elements, destroy: () => element.destroy() }
}

/**
 * The element's own check of what was typed (`invalid`: its word on it, if it has one), then the
 * bank's confirmation through `confirm` (3-D Secure when the bank asks; back to `returnPath` only
 * if the bank must redirect).
 */
export async function checkThenConfirm<Answer>(
  elements: StripeElements,
  confirm: (options: ConfirmOptions) => Promise<Answer>,
  returnPath: string
): Promise<{ invalid: string | undefined } | { answer: Answer }> {
  const submitted = await elements.submit()
  if (submitted.error) return { invalid: submitted.error.message }
  return { answer: await confirm({ elements, confirmParams: { return_url: `${window.location.origin}${returnPath}` }, redirect: "if_required" }) }
}

declare global {
  interface Window {
    Stripe?: (publishableKey: string, options?: Record<string, unknown>) => StripeJs
  }
}

let loading: Promise<NonNullable<Window["Stripe"]>> | null = null

export function loadStripeJs(scriptUrl: string, timeoutMs = 15_000): Promise<NonNullable<Window["Stripe"]>> {
  if (typeof window === "undefined") return Promise.reject(new Error("Stripe.js loads in the browser only"))
  if (window.Stripe) return Promise.resolve(window.Stripe)
  if (loading) return loading
  loading = new Promise((resolve, reject) => {
    const script = document.createElement("script")
    script.src = scriptUrl
    script.async = true
    const timer = window.setTimeout(() => fail(new Error("Stripe.js did not load in time")), timeoutMs)
    const fail = (error: Error) => {
      window.clearTimeout(timer)
      script.remove()
      loading = null
      reject(error)
    }
    script.onload = () => {
      window.clearTimeout(timer)
      if (window.Stripe) resolve(window.Stripe)
      else fail(new Error("Stripe.js loaded but did not define Stripe"))
    }
    script.onerror = () => fail(new Error("Stripe.js could not be loaded"))
    document.head.appendChild(script)
  })
  return loading
}
