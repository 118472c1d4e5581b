import { expect, test, type Browser, type Page } from "@playwright/test"
import { adminGet } from "../../helpers/admin-api"
import { setRegionProviders, stripeGet } from "../../helpers/payments-api"
import { BottegaPage } from "../pages/bottega-page"
import { CardPaymentPage } from "../pages/card-payment-page"
import { CartPage } from "../pages/cart-page"
import { CheckoutPage } from "../pages/checkout-page"
import { OrderConfirmationPage } from "../pages/order-confirmation-page"
import { ProductPage } from "../pages/product-page"

// Bread sold by weight: the resident buys two loaves "circa 1 kg" at the price of the estimate, the
// maker weighs them on the packing list, the resident's order shows the real weight and the final amount.
const MAKER = { email: "forno@sannazaro.demo", password: "buonvivere" }
const LOAF = { handle: "filone-casereccio-a-peso", title: "Filone casereccio" }
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const ADDRESS = { firstName: "Nora", lastName: "Peretti", street: "Via San Nazaro 44", postalCode: "37129", city: "Verona", province: "VR", phone: "045 800 4455" }
const euros = (text: string) => Number(text.replace(/[^\d,]/g, "").replace(",", "."))

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true })

/** The bakery, at its desk, enters the real weight of an order's loaves on the round's packing list. */
async function weighOnPackingList(browser: Browser, number: number, line: { field: string; estimate: string; grams: string; weighed: string }, shotName: string) {
  const makerContext = await browser.newContext({ locale: "it-IT", timezoneId: "Europe/Rome", baseURL: test.info().project.use.baseURL, viewport: { width: 1280, height: 900 } })
  const maker = await makerContext.newPage()
  const bottega = new BottegaPage(maker)
  await bottega.goto()
  await bottega.signIn(MAKER.email, MAKER.password)
  await expect(bottega.sections).toBeVisible()
  await maker.goto("/bottega/giri")
  const list = maker.getByRole("article").filter({ has: maker.getByRole("heading", { name: new RegExp(`^Ordine n\\. ${number}\\b`) }) })
  await expect(list.getByText(`a peso, da pesare (stima circa ${line.estimate})`)).toBeVisible()
  const weights = list.getByRole("form", { name: new RegExp(`^Pesi reali per Ordine n\\. ${number}\\b`) })
  await weights.getByLabel(`Peso reale di ${line.field} (grammi)`).fill(line.grams)
  await shot(maker, `${shotName}-packing-list`)
  await weights.getByRole("button", { name: "Registra i pesi" }).click()
  await expect(maker.getByRole("status").filter({ hasText: "Pesi registrati: il cliente riceve l'importo finale." })).toBeVisible()
  await expect(list.getByText(`pesato: ${line.weighed}`)).toBeVisible()
  // Weighed, the form stays to correct a weight typed wrong until the goods leave the workshop.
  await expect(weights.getByRole("button", { name: "Correggi i pesi" })).toBeVisible()
  await shot(maker, `${shotName}-weighed`)
  await makerContext.close()
}

test.describe("products sold by weight", () => {
  test.use(PHONE)

  test("the resident buys bread by weight, the maker weighs it on the packing list, the order shows the final amount", async ({ page, browser }) => {
    const product = new ProductPage(page)
    await product.goto(LOAF.handle)
    await expect(page.getByText("circa 4,80 €", { exact: true })).toBeVisible()
    await expect(page.getByText("4,80 € al kg · un pezzo pesa circa 1 kg")).toBeVisible()
    await expect(page.getByText(/paghi il peso reale, al massimo 5,28\s€ \(stima \+ 10%\)/)).toBeVisible()
    await shot(page, "resident-product")
    await product.addToCart(2)
    await expect(product.addedMessage).toBeVisible()

    const cart = new CartPage(page)
    await cart.goto()
    await expect(page.getByText(/il totale è una stima\. Paghi il peso reale/)).toBeVisible()
    await cart.goToCheckout()
    const checkout = new CheckoutPage(page)
    await checkout.enterEmail(`nora.peretti+${Date.now()}@example.org`)
    await checkout.enterAddress(ADDRESS)
    await checkout.chooseHomeRound()
    await expect(page.getByText(/il totale è una stima\. Paghi il peso reale/)).toBeVisible()
    await shot(page, "resident-checkout")
    await checkout.confirmPayingOnDelivery()
    await expect(page).toHaveURL(/\/ordini\/[^/]+\/conferma$/)
    const confirmation = new OrderConfirmationPage(page)
    const number = await confirmation.displayedOrderNumber()
    await expect(confirmation.items.getByText("a peso, da pesare")).toBeVisible()
    const estimated = euros(await confirmation.totalsValue("Totale").first().innerText())
    await shot(page, "resident-order-estimate")

    // The bakery weighs the two loaves: 2,130 kg.
    await weighOnPackingList(browser, number, { field: `2 × ${LOAF.title} · Unico`, estimate: "2 kg", grams: "2130", weighed: "2,13 kg" }, "maker")

    // 2,130 kg at 4,80 €/kg = 10,22 € instead of the 9,60 € estimate.
    await page.reload()
    await expect(confirmation.items.getByText("pesato: 2,13 kg")).toBeVisible()
    await expect(confirmation.items.getByText("10,22 €")).toBeVisible()
    await expect(page.getByText(/^Importo finale: i prodotti a peso sono stati pesati/)).toBeVisible()
    expect(euros(await confirmation.totalsValue("Totale").first().innerText())).toBeCloseTo(estimated + 0.62, 2)
    await shot(page, "resident-order-final")
  })

  test("the resident pays bread by weight by card; the maker weighs it; the card is charged exactly the final amount shown", async ({ page, browser, request }) => {
    await setRegionProviders(request, ["pp_system_default", "pp_stripe_stripe"])
    try {
      const product = new ProductPage(page)
      await product.goto(LOAF.handle)
      await product.addToCart(1)
      await expect(product.addedMessage).toBeVisible()
      await new CartPage(page).goto()
      await new CartPage(page).goToCheckout()
      const checkout = new CheckoutPage(page)
      await checkout.enterEmail(`nora.carta+${Date.now()}@example.org`)
      await checkout.enterAddress(ADDRESS)
      await checkout.chooseHomeRound()
      await new CardPaymentPage(page).payByCard("4242 4242 4242 4242")
      await expect(page).toHaveURL(/\/ordini\/[^/]+\/conferma$/)
      const orderId = /\/ordini\/([^/]+)\/conferma$/.exec(page.url())![1]
      const confirmation = new OrderConfirmationPage(page)
      const estimated = euros(await confirmation.totalsValue("Totale").first().innerText())

      // The card holds the estimate plus the tolerance (10% of 4,80 €), and nothing is charged yet.
      const { order } = await adminGet(request, `/admin/orders/${orderId}?fields=id,total,payment_collections.payments.data`)
      const intentId = order.payment_collections[0].payments[0].data.id
      expect(await stripeGet(request, `/v1/payment_intents/${intentId}`)).toMatchObject({ status: "requires_capture", amount: Math.round(estimated * 100) + Math.ceil(480 * 0.1), amount_received: 0 })

      // 1,040 kg at 4,80 €/kg = 4,99 € instead of the 4,80 € estimate.
      await weighOnPackingList(browser, await confirmation.displayedOrderNumber(), { field: `${LOAF.title} · Unico`, estimate: "1 kg", grams: "1040", weighed: "1,04 kg" }, "card")
      await page.reload()
      await expect(confirmation.items.getByText("pesato: 1,04 kg")).toBeVisible()
      const final = euros(await confirmation.totalsValue("Totale").first().innerText())
      expect(final).toBeCloseTo(estimated + 0.19, 2)
      await shot(page, "card-order-final")
      const intent = await stripeGet(request, `/v1/payment_intents/${intentId}`)
      expect([intent.status, intent.amount_received]).toEqual(["succeeded", Math.round(final * 100)])
    } finally {
      await setRegionProviders(request, ["pp_system_default"])
    }
  })
})
