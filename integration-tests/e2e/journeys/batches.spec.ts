import { expect, test, type Page } from "@playwright/test"
import { BottegaPage } from "../pages/bottega-page"
import { CartPage } from "../pages/cart-page"
import { CheckoutPage } from "../pages/checkout-page"
import { ProductPage } from "../pages/product-page"

// The bakery's croissants are made in small batches: the maker says how many per round, the shop
// shows what is left for the next round, and a round that has none left cannot be chosen.
const MAKER = { email: "forno@sannazaro.demo", password: "buonvivere" }
const CROISSANTS = { handle: "cornetti-sfogliati-burro", title: "Cornetti sfogliati al burro" }
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
// A name of its own for each run: the journey can run again on the same district.
const BATCH = `Cornetti ${Date.now() % 100000}`
const ADDRESS = { firstName: "Marta", lastName: "Zanini", street: "Via San Nazaro 30", postalCode: "37129", city: "Verona", province: "VR", phone: "045 800 1122" }

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true })

async function buyCroissants(page: Page, quantity: number, email: string) {
  const product = new ProductPage(page)
  await product.goto(CROISSANTS.handle)
  await product.addToCart(quantity)
  await expect(product.addedMessage).toBeVisible()
  const cart = new CartPage(page)
  await cart.goto()
  await cart.goToCheckout()
  const checkout = new CheckoutPage(page)
  await expect(checkout.heading).toBeVisible()
  await checkout.enterEmail(email)
  await checkout.enterAddress({ ...ADDRESS, street: `Via San Nazaro ${30 + quantity}` })
  return checkout
}

test.describe.configure({ mode: "serial" })

/** The bakery's member, signed in on /bottega/giri, in the section of the limits per round. */
async function makerLimits(page: Page) {
  const bottega = new BottegaPage(page)
  await bottega.goto()
  await bottega.signIn(MAKER.email, MAKER.password)
  await expect(bottega.sections).toBeVisible()
  await page.goto("/bottega/giri")
  return page.getByRole("region", { name: "Quanto prepari per giro" })
}

test.describe("limited batches per round", () => {
  test("the maker says how many croissants the bakery makes per round", async ({ page }) => {
    const section = await makerLimits(page)
    // The demo bakery already limits its wood-oven bread.
    await expect(section.getByRole("heading", { name: "Pane del forno a legna: 40 per giro" })).toBeVisible()

    await section.getByText("Nuovo limite per giro").click()
    const create = section.locator("form").filter({ has: page.getByRole("button", { name: "Aggiungi il limite" }) })
    await create.getByLabel("Nome").fill(BATCH)
    await create.getByLabel("Pezzi per giro").fill("2")
    await create.getByRole("checkbox", { name: CROISSANTS.title }).check()
    await create.getByRole("button", { name: "Aggiungi il limite" }).click()
    await expect(page.getByRole("status").filter({ hasText: `Limite «${BATCH}» aggiunto.` })).toBeVisible()
    const limit = section.getByRole("article", { name: `${BATCH}: 2 per giro` })
    await expect(limit).toBeVisible()
    await expect(limit.getByRole("listitem").first()).toHaveText(/nessuno ordinato, ne restano 2$/)
    await shot(page, "maker-batch-limit")
  })

  test.describe("on a phone", () => {
    test.use(PHONE)

    test("a resident reads how many are left, buys the last two; the next resident cannot choose that round until the maker bakes more", async ({ page, browser }) => {
      const product = new ProductPage(page)
      await product.goto(CROISSANTS.handle)
      const count = page.getByRole("note").filter({ hasText: /per / })
      await expect(count).toContainText(/Ne restano 2 per giovedì \d+ \w+/)
      await shot(page, "product-two-left")

      const checkout = await buyCroissants(page, 2, `marta.zanini+${Date.now()}@example.org`)
      await checkout.chooseHomeRound()
      await checkout.confirmPayingOnDelivery()
      await expect(page).toHaveURL(/\/ordini\/[^/]+\/conferma$/)

      // None left for that Thursday.
      await product.goto(CROISSANTS.handle)
      await expect(count).toContainText(/Esaurito per giovedì \d+ \w+/)
      await shot(page, "product-sold-out")

      // Another resident: the round is shown with the reason and cannot be chosen.
      const other = await browser.newContext({ ...PHONE, locale: "it-IT", timezoneId: "Europe/Rome", baseURL: test.info().project.use.baseURL })
      const next = await other.newPage()
      const theirs = await buyCroissants(next, 1, `luca.fasoli+${Date.now()}@example.org`)
      const round = theirs.homeRound()
      await expect(round).toBeDisabled()
      await expect(theirs.shippingStep.getByText(`Per questo giro non ne restano abbastanza: ${BATCH}: finiti, nel carrello 1.`).first()).toBeVisible()
      await shot(next, "checkout-round-sold-out")

      // The maker bakes one more for every round: the resident can choose the round again and order.
      const makerContext = await browser.newContext({ locale: "it-IT", timezoneId: "Europe/Rome", baseURL: test.info().project.use.baseURL })
      const makerPage = await makerContext.newPage()
      const section = await makerLimits(makerPage)
      const limit = section.getByRole("article", { name: `${BATCH}: 2 per giro` })
      await limit.getByText(`Modifica «${BATCH}»`).click()
      await limit.getByLabel("Pezzi per giro").fill("3")
      await limit.getByRole("button", { name: "Salva il limite" }).click()
      await expect(section.getByRole("article", { name: `${BATCH}: 3 per giro` })).toBeVisible()
      await makerContext.close()

      await next.reload()
      await expect(round).toBeEnabled()
      await theirs.chooseHomeRound()
      await theirs.confirmPayingOnDelivery()
      await expect(next).toHaveURL(/\/ordini\/[^/]+\/conferma$/)
      await other.close()
      await product.goto(CROISSANTS.handle)
      await expect(count).toContainText(/Esaurito per giovedì \d+ \w+/)
    })
  })
})
