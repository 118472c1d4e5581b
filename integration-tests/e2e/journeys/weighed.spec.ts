import { expect, test, type Page } from "@playwright/test"
import { BottegaPage } from "../pages/bottega-page"
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
    const makerContext = await browser.newContext({ locale: "it-IT", timezoneId: "Europe/Rome", baseURL: test.info().project.use.baseURL, viewport: { width: 1280, height: 900 } })
    const maker = await makerContext.newPage()
    const bottega = new BottegaPage(maker)
    await bottega.goto()
    await bottega.signIn(MAKER.email, MAKER.password)
    await expect(bottega.sections).toBeVisible()
    await maker.goto("/bottega/giri")
    const list = maker.getByRole("article").filter({ has: maker.getByRole("heading", { name: new RegExp(`^Ordine n\\. ${number}\\b`) }) })
    await expect(list.getByText("a peso, da pesare (stima circa 2 kg)")).toBeVisible()
    const weights = list.getByRole("form", { name: new RegExp(`^Pesi reali per Ordine n\\. ${number}\\b`) })
    await weights.getByLabel(`Peso reale di 2 × ${LOAF.title} · Unico (grammi)`).fill("2130")
    await shot(maker, "maker-packing-list")
    await weights.getByRole("button", { name: "Registra i pesi" }).click()
    await expect(maker.getByRole("status").filter({ hasText: "Pesi registrati: il cliente riceve l'importo finale." })).toBeVisible()
    await expect(list.getByText("pesato: 2,13 kg")).toBeVisible()
    await shot(maker, "maker-weighed")
    await makerContext.close()

    // 2,130 kg at 4,80 €/kg = 10,22 € instead of the 9,60 € estimate.
    await page.reload()
    await expect(confirmation.items.getByText("pesato: 2,13 kg")).toBeVisible()
    await expect(confirmation.items.getByText("10,22 €")).toBeVisible()
    await expect(page.getByText(/^Importo finale: i prodotti a peso sono stati pesati/)).toBeVisible()
    expect(euros(await confirmation.totalsValue("Totale").first().innerText())).toBeCloseTo(estimated + 0.62, 2)
    await shot(page, "resident-order-final")
  })
})
