import { expect, test } from "@playwright/test"
import { BottegaPage } from "../pages/bottega-page"
import { BottegaProductFormPage } from "../pages/bottega-product-form-page"
import { CartPage } from "../pages/cart-page"
import { CheckoutPage } from "../pages/checkout-page"
import { OrderConfirmationPage } from "../pages/order-confirmation-page"
import { ProductPage } from "../pages/product-page"
import { applicants } from "../../../backend/src/scripts/demo-district/applicants"
import { vendorGet, vendorPost } from "../../helpers/vendor-api"
import { SiteHeader } from "../pages/site-header"

// Demo makers and the pending applicant come from the demo district seed (password "buonvivere").
const FORNO = { email: "forno@sannazaro.demo", password: "buonvivere", shop: "Forno San Nazaro" }
const PENDING = { email: "irene@vetrisantatoscana.demo", password: "buonvivere" }
const RESIDENT_ADDRESS = {
  firstName: "Marco",
  lastName: "Bianchi",
  street: "Via XX Settembre 40",
  postalCode: "37129",
  city: "Verona",
  province: "VR",
  phone: "045 800 5678",
}

// A 2×2 PNG, made here so the journey needs no fixture file.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4kKAARAwQCgAljgUBvZM5eQAAAABJRU5ErkJggg==",
  "base64"
)

test.describe("La mia bottega", () => {
  test("an artisan signs in, adds a product with a photo, a resident buys it, and the artisan packs the order", async ({ page, browser }) => {
    const bottega = new BottegaPage(page)
    const form = new BottegaProductFormPage(page)
    const title = `Focaccia di prova ${Date.now().toString(36)}`

    await bottega.goto()
    await expect(bottega.heading).toBeVisible()
    await bottega.signIn(FORNO.email, "not-the-password")
    await expect(bottega.wrongCredentials).toBeVisible()

    await bottega.signIn(FORNO.email, FORNO.password)
    await expect(bottega.sections).toBeVisible()
    await expect(page.getByText(`La mia bottega · ${FORNO.shop}`)).toBeVisible()

    await bottega.section("Prodotti").click()
    await page.getByRole("main").getByRole("link", { name: "Nuovo prodotto" }).click()
    await expect(form.heading).toBeVisible()
    await form.create({
      title,
      subtitle: "300 g",
      description: "Focaccia all'olio, fatta stamattina.",
      category: "Pane e dolci",
      price: "3,50",
      stock: "6",
      photo: { name: "focaccia.png", mimeType: "image/png", buffer: PNG },
    })
    await expect(form.savedMessage).toBeVisible()
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible()
    await expect(bottega.stockField(title)).toHaveValue("6")
    await expect(form.vatClass.locator("option:checked")).toHaveText("Alimentari (10%)")

    // The product is in the artisan's list, where its stock is changed inline.
    await bottega.section("Prodotti").click()
    await expect(bottega.productLink(title)).toBeVisible()
    await bottega.setStock(title, 8)
    await expect(bottega.stockSavedMessage(8)).toBeVisible()
    await page.reload()
    await expect(bottega.stockField(title)).toHaveValue("8")

    // A resident (no artisan login: a fresh browser context) finds it in the shop, with its maker.
    await bottega.productLink(title).click()
    const shopHref = await form.viewInShopLink.getAttribute("href")
    expect(shopHref).toMatch(/^\/prodotti\//)

    const resident = await browser.newContext({ locale: "it-IT", timezoneId: "Europe/Rome", baseURL: test.info().project.use.baseURL })
    const residentPage = await resident.newPage()
    const product = new ProductPage(residentPage)
    await residentPage.goto(shopHref!)
    await expect(product.heading).toHaveText(title)
    await expect(product.makerLink(FORNO.shop)).toBeVisible()
    await expect(product.image(title)).toBeVisible()
    await expect(residentPage.getByText("3,50 €").first()).toBeVisible()
    await expect(product.addToCartButton).toBeEnabled()

    // The resident buys it…
    await product.addToCart()
    await expect(product.addedMessage).toBeVisible()
    const cart = new CartPage(residentPage)
    const checkout = new CheckoutPage(residentPage)
    await product.header.openCart()
    await expect(cart.makerGroup(FORNO.shop).getByRole("heading", { name: title })).toBeVisible()
    await cart.goToCheckout()
    await checkout.enterEmail(`marco.bianchi+${Date.now()}@example.org`)
    await checkout.enterAddress(RESIDENT_ADDRESS)
    await checkout.chooseHomeRound()
    await checkout.confirmPayingOnDelivery()
    const confirmation = new OrderConfirmationPage(residentPage)
    await expect(confirmation.heading).toBeVisible()
    const orderNumber = await confirmation.displayedOrderNumber()
    await resident.close()

    // …and the artisan finds the packing list with the resident's first name and initial (no more) and marks it ready.
    const label = `Ordine n. ${orderNumber} — ${RESIDENT_ADDRESS.firstName} ${RESIDENT_ADDRESS.lastName[0]}.`
    await bottega.section("Ordini").click()
    await expect(bottega.packingList(label)).toContainText(`1 × ${title}`)
    await bottega.markReady(label)
    await expect(bottega.readySection().getByRole("article", { name: label })).toContainText("Pronto da")
  })

  test("an applicant waiting for approval sees that the application is pending, and can read what she sent", async ({ page }) => {
    const bottega = new BottegaPage(page)
    const sent = applicants.find((a) => a.email === PENDING.email)!
    await bottega.goto()
    await bottega.signIn(PENDING.email, PENDING.password)
    await expect(bottega.pendingHeading).toBeVisible()
    await expect(bottega.sections).toHaveCount(0)
    const application = page.getByRole("region", { name: "La tua candidatura" })
    await expect(application.getByRole("definition").filter({ hasText: sent.name })).toBeVisible()
    await expect(application.getByRole("definition").filter({ hasText: sent.craft })).toBeVisible()
    await expect(application.getByRole("definition").filter({ hasText: sent.story.slice(0, 40) })).toBeVisible()
    await expect(application.getByRole("definition").filter({ hasText: sent.place.address_1 })).toBeVisible()
    await expect(application.getByRole("definition").filter({ hasText: `${sent.owner_first_name} ${sent.owner_last_name}` })).toBeVisible()

    // The shop's pages are not reachable before approval.
    await page.goto("/bottega/prodotti")
    await expect(page).toHaveURL(/\/bottega$/)
    await expect(bottega.pendingHeading).toBeVisible()

    await bottega.signOutButton.click()
    await expect(bottega.signInButton).toBeVisible()
  })

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

    test("an artisan chooses the language of the shop's e-mails in the profile", async ({ page, request }) => {
      const SAPONERIA = "ciao@saponeriasanvitale.demo"
      const bottega = new BottegaPage(page)
      await bottega.goto()
      await bottega.signIn(SAPONERIA, "buonvivere")
      await bottega.section("Profilo").click()
      const language = page.getByRole("group", { name: "Lingua delle email della bottega" })
      await expect(language.getByRole("radio", { name: "Italiano" })).toBeChecked()
      await language.getByRole("radio", { name: "English" }).check()
      await page.getByRole("button", { name: "Salva il profilo" }).click()
      await expect(page.getByRole("status").filter({ hasText: "Profilo salvato" })).toBeVisible()
      expect((await vendorGet(request, SAPONERIA, "/vendor/me")).vendor.mail_locale).toBe("en")
      await page.reload()
      await expect(page.getByRole("group", { name: "Lingua delle email della bottega" }).getByRole("radio", { name: "English" })).toBeChecked()
      // Back to Italian for the other journeys' e-mails.
      await vendorPost(request, SAPONERIA, "/vendor/me", { mail_locale: "it" })
    })

    test("an artisan applies in English: the application waits for approval, and the shop's e-mails will be in English", async ({ page, request }) => {
      const stamp = Date.now().toString(36)
      const email = `glass.${stamp}@bottega.demo`
      await page.goto("/bottega/candidatura")
      await new SiteHeader(page).switchLanguage("English")
      const main = page.getByRole("main")
      await main.getByLabel("First name", { exact: true }).fill("Ada")
      await main.getByLabel("Last name", { exact: true }).fill("Lovelace")
      await main.getByLabel("Email", { exact: true }).fill(email)
      await main.getByLabel("Password", { exact: true }).fill("buonvivere")
      await main.getByLabel("Workshop name", { exact: true }).fill(`Glass by the Adige ${stamp}`)
      await main.getByLabel("Page address").fill(`glass-by-the-adige-${stamp}`)
      await main.getByLabel("What you make").fill("Stained glass")
      await main.getByLabel("Street and number", { exact: true }).fill("Via Carducci 3")
      await main.getByLabel("Postcode", { exact: true }).fill("37129")
      await main.getByRole("button", { name: "Send the application" }).click()
      await expect(page.getByRole("heading", { level: 1, name: "Your application is waiting for approval" })).toBeVisible()
      expect((await vendorGet(request, email, "/vendor/me")).vendor).toMatchObject({ status: "pending", mail_locale: "en" })
    })
  })
})
