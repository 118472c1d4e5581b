// Payments in the browser against the fake Stripe (its REST API and a stand-in for Stripe.js,
// served at STRIPE_JS_URL): js.stripe.com cannot be reached offline, so Stripe's Payment
// Element is replaced at the HTTP boundary; everything on our side is the real storefront,
// the real Medusa with its Stripe provider, and the real `stripe` SDK.
import { expect, test, type APIRequestContext } from "@playwright/test"
import { coordinator } from "../../../backend/src/scripts/demo-district/coordinators"
import { signedDelivery, stripeEvent } from "../../fake-stripe/webhooks"
import { setRegionProviders, stripeGet } from "../../helpers/payments-api"
import { MEDUSA_URL, STRIPE_E2E } from "../../playwright.config"
import { BottegaPage } from "../pages/bottega-page"
import { CardPaymentPage } from "../pages/card-payment-page"
import { HomePage } from "../pages/home-page"
import { OrderConfirmationPage } from "../pages/order-confirmation-page"
import { PayoutsPage } from "../pages/payouts-page"
import { ProductPage } from "../pages/product-page"

const STRIPE_URL = `http://127.0.0.1:${STRIPE_E2E.port}`

async function adminToken(request: APIRequestContext) {
  const login = await request.post(`${MEDUSA_URL}/auth/user/emailpass`, { data: { email: coordinator.email, password: coordinator.password } })
  return (await login.json()).token as string
}


test.describe("payments", () => {
  test("an artisan connects Stripe Express and gives an IBAN; the status follows Stripe's webhook", async ({ page, request }) => {
    const bottega = new BottegaPage(page)
    const payouts = new PayoutsPage(page)
    await bottega.goto()
    await bottega.signIn("forno@sannazaro.demo", "buonvivere")
    await expect(bottega.sections).toBeVisible()
    await bottega.sections.getByRole("link", { name: "Pagamenti" }).click()
    await expect(payouts.heading).toBeVisible()
    await expect(payouts.stripeStatus).toHaveText("Non hai ancora collegato un conto Stripe: riceverai i pagamenti con bonifico.")
    await expect(payouts.payoutsSection.getByText(/^Non hai ancora ricevuto pagamenti: un ordine si paga dopo la consegna/)).toBeVisible()

    // Off to Stripe's onboarding and back.
    await payouts.connectButton.click()
    await expect(page).toHaveURL(new RegExp(`^${STRIPE_URL}/connect/setup/acct_`))
    const accountId = new URL(page.url()).pathname.split("/").pop()!
    await page.getByRole("link", { name: "Torna alla bottega" }).click()
    await expect(payouts.returnedMessage).toBeVisible()
    await expect(payouts.stripeStatus).toHaveText("Stripe sta ancora verificando i tuoi dati.")
    await expect(payouts.stripeSection.getByText(/^Stripe chiede ancora: .*external_account/)).toBeVisible()

    // Stripe enables the account and says so by webhook.
    const account = await stripeGet(request, `/v1/accounts/${accountId}`)
    const enabled = { ...account, charges_enabled: true, payouts_enabled: true, details_submitted: true, capabilities: { transfers: "active" }, requirements: { currently_due: [], past_due: [], disabled_reason: null } }
    const { body, headers } = signedDelivery(stripeEvent("account.updated", enabled), STRIPE_E2E.webhookSecret)
    const hook = await request.post(`${MEDUSA_URL}/hooks/stripe/connect`, { headers, data: body })
    expect(await hook.json()).toMatchObject({ received: true, outcome: "applied" })
    await payouts.goto()
    await expect(payouts.stripeStatus).toHaveText("Conto attivo: i pagamenti arrivano con Stripe.")
    await expect(payouts.connectButton).toHaveCount(0)

    // The IBAN for bank transfers: a wrong one is refused next to the field.
    await payouts.saveBankDetails("IT60 X054 2811 1010 0000 0123 457", "Forno San Nazaro")
    await expect(payouts.bankSection.getByText("Questo IBAN non è valido: controlla le cifre.")).toBeVisible()
    await payouts.saveBankDetails("IT60 X054 2811 1010 0000 0123 456", "Forno San Nazaro")
    await expect(payouts.bankSection.getByRole("status").filter({ hasText: "IBAN salvato." })).toBeVisible()
    await expect(payouts.bankSection.getByText("IBAN registrato che finisce con 3456, intestato a Forno San Nazaro.")).toBeVisible()
  })

  test("a resident pays two makers by card with 3-D Secure: one PaymentIntent, tied to the order", async ({ page, request }) => {
    const home = new HomePage(page)
    const product = new ProductPage(page)
    const card = new CardPaymentPage(page)
    const confirmation = new OrderConfirmationPage(page)

    await home.goto()
    const featured = await home.featuredProducts()
    const first = await home.openFirstPlentiful(featured)
    expect(first).not.toBeNull()
    await product.addToCart()
    await expect(product.addedMessage).toBeVisible()
    await home.goto()
    const second = await home.openFirstPlentiful(featured.filter((f) => f.maker !== first!.maker))
    expect(second).not.toBeNull()
    await product.addToCart()
    await expect(product.addedMessage).toBeVisible()

    await page.goto("/checkout")
    const step = (name: string) => page.getByRole("region", { name })
    await step("1. La tua email").getByLabel("Email").fill(`giulia.carta+${Date.now()}@example.org`)
    await step("1. La tua email").getByRole("button", { name: "Continua" }).click()
    const address = step("2. Recapito")
    await expect(address.getByLabel("Via e numero civico")).toBeVisible()
    await address.getByLabel("Nome", { exact: true }).fill("Giulia")
    await address.getByLabel("Cognome", { exact: true }).fill("Carta")
    await address.getByLabel("Via e numero civico").fill("Via San Nazaro 12")
    await address.getByLabel("CAP", { exact: true }).fill("37129")
    await address.getByLabel("Città", { exact: true }).fill("Verona")
    await address.getByLabel(/^Provincia/).fill("VR")
    await address.getByLabel("Telefono", { exact: true }).fill("045 800 1234")
    await address.getByRole("button", { name: "Continua" }).click()
    const shipping = step("3. Consegna o ritiro")
    await shipping.getByRole("radio").first().check()
    await shipping.getByRole("button", { name: "Continua" }).click()
    await expect(card.payOnDelivery).toBeVisible()

    // Medusa does not offer Stripe in this region yet: no card form, whatever the storefront knows.
    await page.waitForLoadState("networkidle")
    await expect(card.cardChoice).toHaveCount(0)

    await setRegionProviders(request, ["pp_system_default", "pp_stripe_stripe"])
    try {
      await page.reload()
      await expect(card.cardChoice).toBeVisible()

      // A declined card is told, and nothing is ordered.
      await card.payByCard("4000 0000 0000 0002")
      await expect(card.failure).toContainText("Il pagamento non è andato a buon fine")
      await expect(page).toHaveURL(/\/checkout$/)

      // The 3-D Secure card: the bank's challenge, then the order.
      await card.cardNumber.fill("4000 0027 6000 3184")
      await card.payButton.click()
      await expect(card.threeDSecure).toBeVisible()
      await card.authorize.click()
      await expect(page).toHaveURL(/\/ordini\/[^/]+\/conferma$/)
      await expect(confirmation.heading).toBeVisible()
      const orderId = /\/ordini\/([^/]+)\/conferma$/.exec(page.url())![1]

      // Medusa's order is paid by one Stripe PaymentIntent for its total, authorized, grouped by the order.
      const headers = { authorization: `Bearer ${await adminToken(request)}` }
      const { order } = await (await request.get(`${MEDUSA_URL}/admin/orders/${orderId}?fields=id,total,payment_collections.payments.provider_id,payment_collections.payments.data`, { headers })).json()
      const payments = order.payment_collections.flatMap((pc: any) => pc.payments)
      expect(payments.map((p: any) => p.provider_id)).toEqual(["pp_stripe_stripe"])
      const intentId = payments[0].data.id
      await expect.poll(async () => (await stripeGet(request, `/v1/payment_intents/${intentId}`)).transfer_group).toBe(orderId)
      const intent = await stripeGet(request, `/v1/payment_intents/${intentId}`)
      expect(intent).toMatchObject({ status: "requires_capture", amount: Math.round(order.total * 100), currency: "eur" })
    } finally {
      await setRegionProviders(request, ["pp_system_default"])
    }
  })
})
