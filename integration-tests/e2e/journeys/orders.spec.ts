import { readFile } from "node:fs/promises"
import { expect, test, type Page } from "@playwright/test"
import { AccountPage } from "../pages/account-page"
import { BottegaPage } from "../pages/bottega-page"
import { CartPage } from "../pages/cart-page"
import { CheckoutPage } from "../pages/checkout-page"
import { HomePage, type ProductTeaser } from "../pages/home-page"
import { LoginPage } from "../pages/login-page"
import { NotFoundPage } from "../pages/not-found-page"
import { OrderConfirmationPage } from "../pages/order-confirmation-page"
import { OrderPage } from "../pages/order-page"
import { ProductPage } from "../pages/product-page"
import { StatementPage } from "../pages/statement-page"
import { makers } from "../../../backend/src/scripts/demo-district"
import { outboxMail } from "../../helpers/admin-api"

// A demo resident with an account (password "buonvivere"), and where she lives.
const RESIDENT = { email: "sofia.bertoldi@residenti.demo", password: "buonvivere", firstName: "Sofia", lastName: "Bertoldi" }
const ADDRESS = { firstName: "Sofia", lastName: "Bertoldi", street: "Via Santa Maria in Organo 5", postalCode: "37129", city: "Verona", province: "VR", phone: "045 800 4321" }
const GUEST = { ...ADDRESS, firstName: "Giorgio", lastName: "Tessari", street: "Via San Vitale 14", phone: "045 800 9876" }
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

/** "12,50 €" → 1250: amounts as the page shows them, in cents. */
const cents = (text: string) => {
  const match = /(\d[\d.]*),(\d\d)\s*€/.exec(text)
  if (!match) throw new Error(`no amount in "${text}"`)
  return Number(match[1].replace(/\./g, "")) * 100 + Number(match[2])
}

/** Puts one plentiful featured product of each of `count` makers in the cart, as a resident would. */
async function fillCartFromMakers(page: Page, count: number): Promise<ProductTeaser[]> {
  const home = new HomePage(page)
  const product = new ProductPage(page)
  const chosen: ProductTeaser[] = []
  while (chosen.length < count) {
    await home.goto()
    const next = await home.openFirstPlentiful((await home.featuredProducts()).filter((p) => !chosen.some((c) => c.maker === p.maker)))
    expect(next).not.toBeNull()
    await product.addToCart()
    await expect(product.addedMessage).toBeVisible()
    chosen.push(next!)
  }
  return chosen
}

/** Home delivery, pay on delivery; returns what the summary says is paid, summed from its lines and the delivery. */
async function checkoutAtHome(page: Page, address: typeof ADDRESS, email: string): Promise<number> {
  const cart = new CartPage(page)
  const checkout = new CheckoutPage(page)
  await cart.goto()
  await cart.goToCheckout()
  await expect(checkout.heading).toBeVisible()
  await checkout.enterEmail(email)
  await checkout.enterAddress(address)
  await checkout.chooseHomeRound()
  const summary = page.getByRole("complementary", { name: "Il tuo ordine" })
  // The summary shows the delivery's price once the round is saved.
  const deliveryAmount = summary.getByRole("term").filter({ hasText: /^Consegna$/ }).locator("xpath=following-sibling::dd")
  await expect(deliveryAmount).toHaveText(/\d,\d\d\s*€/)
  // The goods lines (the first list; the transparent-price breakdown below has lists of its own).
  const lines = await summary.getByRole("list").first().getByRole("listitem").allInnerTexts()
  const delivery = await deliveryAmount.innerText()
  const paid = lines.reduce((n, line) => n + cents(line), 0) + cents(delivery)
  await checkout.confirmPayingOnDelivery()
  return paid
}

test.describe.configure({ mode: "serial" })

test.describe("one purchase, one order — private to the resident", () => {
  let bought: { number: number; makers: string[]; paid: number } = { number: 0, makers: [], paid: 0 }

  test.describe("on a phone", () => {
    test.use(PHONE)

    test("a guest buys from three makers: one order confirmed, readable again in that browser only", async ({ page, browser }) => {
      const items = await fillCartFromMakers(page, 3)
      await checkoutAtHome(page, GUEST, `giorgio.tessari+${Date.now()}@example.org`)

      const confirmation = new OrderConfirmationPage(page)
      await expect(page).toHaveURL(/\/ordini\/[^/]+\/conferma$/)
      await expect(confirmation.heading).toBeVisible()
      await expect(confirmation.orderNumber).toHaveCount(1)
      for (const item of items) await expect(confirmation.items.getByText(item.title)).toBeVisible()
      await expect(page.getByText(GUEST.street)).toBeVisible()
      await page.screenshot({ path: test.info().outputPath("guest-confirmation.png"), fullPage: true })

      // The same browser reads it again later; another browser with the same link finds nothing.
      const url = page.url()
      await page.reload()
      await expect(confirmation.heading).toBeVisible()
      const stranger = await browser.newContext({ ...PHONE, locale: "it-IT", baseURL: test.info().project.use.baseURL })
      const strangerPage = await stranger.newPage()
      await strangerPage.goto(url)
      await expect(new NotFoundPage(strangerPage).heading).toBeVisible()
      await expect(strangerPage.getByText(GUEST.street)).toHaveCount(0)
      await stranger.close()
    })

    test("a signed-in resident buys from three makers and finds one order in her account, with what she paid and its round", async ({ page }) => {
      const login = new LoginPage(page)
      const account = new AccountPage(page)
      await login.goto()
      await login.signIn(RESIDENT.email, RESIDENT.password)
      await expect(account.heading).toBeVisible()
      const before = await account.orderRows.count()

      const items = await fillCartFromMakers(page, 3)
      const paid = await checkoutAtHome(page, ADDRESS, RESIDENT.email)
      const number = await new OrderConfirmationPage(page).displayedOrderNumber()
      bought = { number, makers: items.map((i) => i.maker), paid }

      await page.goto("/account")
      await expect(account.orderRows).toHaveCount(before + 1)
      const row = account.orderRow(number)
      await expect(row).toHaveCount(1)
      const total = row.getByRole("cell").last()
      expect(cents(await total.innerText())).toBe(paid)
      await expect(row).toContainText(/Consegna a casa: giovedì .*, 17:00–20:00/)
      await expect(row).toContainText("Programmata")
      // The total is on the screen, not cut off past its right edge.
      await total.scrollIntoViewIfNeeded()
      const box = await total.boundingBox()
      expect(box).not.toBeNull()
      expect(box!.x + box!.width).toBeLessThanOrEqual(390)
      await page.screenshot({ path: test.info().outputPath("account-orders.png"), fullPage: true })

      // Her order opens from the list.
      await row.getByRole("link", { name: `Ordine n. ${number}` }).click()
      await expect(page.getByRole("heading", { level: 1, name: `Ordine n. ${number}` })).toBeVisible()
    })
  })

  test("the maker sees the round of the order, marks it ready, takes it back, and downloads the statement with order numbers", async ({ page }) => {
    expect(bought.number).toBeGreaterThan(0)
    const maker = makers.find((m) => m.name === bought.makers[0])!
    const bottega = new BottegaPage(page)
    await bottega.goto()
    await bottega.signIn(maker.email, "buonvivere")
    await expect(bottega.sections).toBeVisible()

    await bottega.section("Ordini").click()
    const label = `Ordine n. ${bought.number} — ${RESIDENT.firstName} ${RESIDENT.lastName[0]}.`
    const list = bottega.packingList(label)
    await expect(list).toContainText(/Giro: Consegna a casa · gio \d+ \w+, 17:00–20:00/)
    await expect(page.getByRole("main")).not.toContainText(RESIDENT.lastName)
    await expect(page.getByRole("main")).not.toContainText(ADDRESS.street)
    await bottega.markReady(label)
    // The part moves to «Pronti»; the page says so on the part, where the maker is taken.
    const ready = bottega.readySection().getByRole("article", { name: label })
    await expect(ready).toContainText("Pronto da")
    await expect(bottega.doneMessage(ready, "Ordine segnato come pronto.")).toBeVisible()
    await expect(ready).toBeInViewport()
    await page.screenshot({ path: test.info().outputPath("bottega-ready.png"), fullPage: true })
    await bottega.markNotReady(label)
    await expect(bottega.doneMessage(bottega.toPrepareSection().getByRole("article", { name: label }), "Ordine rimesso tra quelli da preparare.")).toBeVisible()
    await expect(bottega.doneMessage(bottega.toPrepareSection().getByRole("article", { name: label }), "Ordine segnato come pronto.")).toHaveCount(0)
    await expect(bottega.readySection().getByRole("article", { name: label })).toHaveCount(0)

    const statement = new StatementPage(page)
    await bottega.section("Estratto conto").click()
    await expect(statement.heading).toBeVisible()
    await expect(statement.lines.getByRole("row").filter({ hasText: `n. ${bought.number}` })).toHaveCount(1)
    const [download] = await Promise.all([page.waitForEvent("download"), statement.downloadLink.click()])
    expect(download.suggestedFilename()).toMatch(/^estratto-conto-.*\.csv$/)
    const csv = await readFile((await download.path())!, "utf8")
    const [header, ...rows] = csv.trim().split("\n").map((line) => line.split(","))
    const numberColumn = header.indexOf("order_number")
    expect(numberColumn).toBeGreaterThanOrEqual(0)
    expect(rows.map((r) => r[numberColumn])).toContain(String(bought.number))
  })

  test("a maker who cannot make its part cancels it with a reason; the resident's order shows the part cancelled and the lower total", async ({ page, browser }) => {
    expect(bought.paid).toBeGreaterThan(0)
    const maker = makers.find((m) => m.name === bought.makers[1])!
    const bottega = new BottegaPage(page)
    await bottega.goto()
    await bottega.signIn(maker.email, "buonvivere")
    await bottega.section("Ordini").click()
    const label = `Ordine n. ${bought.number} — ${RESIDENT.firstName} ${RESIDENT.lastName[0]}.`
    const list = bottega.packingList(label)
    const part = cents(await list.getByText(/^Valore dei tuoi prodotti:/).innerText())
    await bottega.cancelPart(label, "Il forno si è guastato: niente pane giovedì.")
    // Off the list to prepare, into its own: nothing there to press.
    const cancelled = bottega.cancelledSection().getByRole("article", { name: label })
    await expect(cancelled).toContainText("Annullato.")
    await expect(bottega.doneMessage(cancelled, "La tua parte è annullata: il residente è avvisato e il suo totale è sceso.")).toBeVisible()
    await expect(bottega.toPrepareSection().getByRole("article", { name: label })).toHaveCount(0)
    await expect(cancelled.getByRole("button")).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath("bottega-part-cancelled.png"), fullPage: true })

    // The resident, on her phone: the order comes to what she paid minus that part, and says which part went.
    const phone = await browser.newContext({ ...PHONE, locale: "it-IT", baseURL: test.info().project.use.baseURL })
    const resident = await phone.newPage()
    const login = new LoginPage(resident)
    await login.goto()
    await login.signIn(RESIDENT.email, RESIDENT.password)
    const account = new AccountPage(resident)
    await expect(account.heading).toBeVisible()
    const row = account.orderRow(bought.number)
    expect(cents(await row.getByRole("cell").last().innerText())).toBe(bought.paid - part)
    await row.getByRole("link", { name: `Ordine n. ${bought.number}` }).click()
    await expect(resident.getByText(`Parte annullata: ${maker.name} non la prepara per questo giro`)).toBeVisible()
    await resident.screenshot({ path: test.info().outputPath("resident-part-cancelled.png"), fullPage: true })
    await phone.close()
  })

  test.describe("on a phone, before the round's cutoff", () => {
    test.use(PHONE)

    test("the resident changes her mind and cancels the whole order; each maker's list drops it and she gets it in writing", async ({ page, browser, request }) => {
      const login = new LoginPage(page)
      await login.goto()
      await login.signIn(RESIDENT.email, RESIDENT.password)
      await expect(new AccountPage(page).heading).toBeVisible()
      const items = await fillCartFromMakers(page, 2)
      await checkoutAtHome(page, ADDRESS, RESIDENT.email)
      const number = await new OrderConfirmationPage(page).displayedOrderNumber()

      await page.goto("/account")
      await new AccountPage(page).orderRow(number).getByRole("link", { name: `Ordine n. ${number}` }).click()
      const order = new OrderPage(page)
      await expect(order.heading(number)).toBeVisible()
      // Until when: the round's cutoff, a day and a time.
      await expect(order.cancelSection).toContainText(/Puoi annullare l'ordine fino a \S+ \d+ \S+ \d{4} alle ore \d\d:\d\d, quando il giro chiude/)
      // Where it is, its delivery says («Programmata»); not Medusa's order status, which stays «In preparazione» even once delivered.
      await expect(page.getByRole("region", { name: "Consegna" }).getByRole("status")).toHaveText("Programmata")
      await expect(page.getByText(/Stato: /)).toHaveCount(0)
      await order.cancel()

      await expect(order.cancelledNotice).toBeVisible()
      await expect(page.getByText("Stato: Annullato")).toBeVisible()
      await expect(page.getByRole("region", { name: "Consegna" }).getByRole("status")).toHaveText("Annullata")
      await expect(order.cancelSection).toHaveCount(0)
      await expect(page.getByText("Ordine annullato: non paghi nulla.")).toBeVisible()
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
      await page.screenshot({ path: test.info().outputPath("resident-order-cancelled.png"), fullPage: true })

      // In her list the order's amount is struck out and said cancelled: she pays none of it.
      await page.goto("/account")
      const total = new AccountPage(page).orderRow(number).getByRole("cell").last()
      await expect(total).toContainText("Annullato")
      await expect(total.locator("del")).toHaveCount(1)

      const mail = await outboxMail(request, RESIDENT.email, "delivery-order-cancelled")
      expect(mail).toContain(`Ordine n. ${number} annullato`)

      // Each maker of the order finds it among its cancelled parts, nothing left to prepare.
      const maker = makers.find((m) => m.name === items[0].maker)!
      const desk = await browser.newContext({ locale: "it-IT", baseURL: test.info().project.use.baseURL })
      const bottega = new BottegaPage(await desk.newPage())
      await bottega.goto()
      await bottega.signIn(maker.email, "buonvivere")
      await bottega.section("Ordini").click()
      const label = `Ordine n. ${number} — ${RESIDENT.firstName} ${RESIDENT.lastName[0]}.`
      await expect(bottega.cancelledSection().getByRole("article", { name: label })).toContainText("Annullato.")
      await expect(bottega.toPrepareSection().getByRole("article", { name: label })).toHaveCount(0)
      await desk.close()
    })
  })
})
