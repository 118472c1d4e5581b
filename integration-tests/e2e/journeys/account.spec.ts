import { expect, test } from "@playwright/test"
import { outboxMail } from "../../helpers/admin-api"
import { setRegionProviders } from "../../helpers/payments-api"
import { residentGet } from "../../helpers/resident-api"
import { AccountPage } from "../pages/account-page"
import { AddressBookPage } from "../pages/address-book-page"
import { seriousViolations } from "../pages/axe-scan"
import { CheckoutPage, type CheckoutAddress } from "../pages/checkout-page"
import { HomePage } from "../pages/home-page"
import { BasketPage } from "../pages/basket-page"
import { CartPage } from "../pages/cart-page"
import { LoginPage } from "../pages/login-page"
import { ProductPage } from "../pages/product-page"
import { SiteHeader } from "../pages/site-header"

// A demo resident created by the demo district seed (all demo residents use "buonvivere").
const RESIDENT = { email: "sofia.bertoldi@residenti.demo", password: "buonvivere", firstName: "Sofia" }

test.describe("customer account", () => {
  test("a resident signs in, sees the account page and signs out", async ({ page }) => {
    const login = new LoginPage(page)
    const account = new AccountPage(page)
    const header = new SiteHeader(page)

    await page.goto("/account")
    await expect(page).toHaveURL(/\/account\/accesso$/)
    await expect(login.heading).toBeVisible()
    await expect(login.sessionEnded).toHaveCount(0)

    await login.signIn(RESIDENT.email, "not-the-password")
    await expect(login.error).toBeVisible()
    await expect(login.email).toHaveValue(RESIDENT.email)

    await login.signIn(RESIDENT.email, RESIDENT.password)
    await expect(page).toHaveURL(/\/account$/)
    await expect(account.heading).toBeVisible()
    await expect(account.greeting(RESIDENT.firstName)).toBeVisible()
    await expect(account.ordersHeading).toBeVisible()
    await expect(header.banner.getByRole("link", { name: "Il tuo account" })).toBeVisible()

    await account.logout()
    await expect(page).toHaveURL(/\/$/)
    await expect(header.banner.getByRole("link", { name: "Accedi" })).toBeVisible()
  })
})

test.describe("a forgotten password, on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test("a resident asks for a link from the sign-in page, chooses a new password from the e-mail and is signed in with it; the link works once", async ({ page, request }) => {
    const account = new AccountPage(page)
    const login = new LoginPage(page)
    const email = `elena.smemorata+${Date.now()}@example.org`
    await account.register({ firstName: "Elena", lastName: "Smemorata", email, password: "la-prima-password" })
    await expect(account.heading).toBeVisible()
    await account.logout()

    await login.goto()
    await page.getByRole("link", { name: "Password dimenticata?" }).click()
    await expect(page.getByRole("heading", { level: 1, name: "Password dimenticata" })).toBeVisible()
    await page.getByRole("main").getByLabel("Email", { exact: true }).fill(email)
    await page.getByRole("button", { name: "Mandami il collegamento" }).click()
    await expect(page.getByRole("status").filter({ hasText: `Se ${email} ha un accesso qui, ti abbiamo appena scritto` })).toBeVisible()

    const link = new URL(/href="([^"]*\/account\/nuova-password\?token=[^"]+)"/.exec(await outboxMail(request, email, "auth-password-reset"))![1].replace(/&amp;/g, "&"))
    await page.goto(link.pathname + link.search)
    await expect(page.getByRole("heading", { level: 1, name: "Scegli una nuova password" })).toBeVisible()
    await page.getByLabel("Nuova password").fill("la-nuova-password")
    await page.getByRole("button", { name: "Salva e accedi" }).click()
    await expect(page).toHaveURL(/\/account$/)
    await expect(account.greeting("Elena")).toBeVisible()
    // her long address wraps on the phone instead of widening the page
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0)
    await page.screenshot({ path: test.info().outputPath("password-reset-signed-in.png"), fullPage: true })

    // the same link again: refused in plain words, with the way to ask for another
    await page.goto(link.pathname + link.search)
    await page.getByLabel("Nuova password").fill("una-terza-password")
    await page.getByRole("button", { name: "Salva e accedi" }).click()
    await expect(page.getByRole("alert").filter({ hasText: "Questo collegamento è scaduto, è già stato usato o non è intero." })).toBeVisible()
    await expect(page.getByRole("link", { name: "Chiedine uno nuovo" })).toHaveAttribute("href", "/account/password-dimenticata")

    // the old password no longer opens the account, the new one does
    await page.goto("/account")
    await account.logout()
    await login.goto()
    await login.signIn(email, "la-prima-password")
    await expect(login.error).toBeVisible()
    await login.signIn(email, "la-nuova-password")
    await expect(page).toHaveURL(/\/account$/)
  })
})

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

test.describe("changing one's password while signed in, on a phone", () => {
  test.use(PHONE)

  test("a resident changes her password from her account: the current one is asked again; this phone stays signed in, her other one is signed out; then only the new one signs her in", async ({ page, browser }) => {
    const account = new AccountPage(page)
    const login = new LoginPage(page)
    const email = `piera.cambia+${Date.now()}@example.org`
    await account.register({ firstName: "Piera", lastName: "Cambia", email, password: "la-prima-password" })
    await expect(account.heading).toBeVisible()
    // Her other phone, signed in too, a moment before the change.
    const otherPhone = await browser.newContext({ ...PHONE, locale: "it-IT", baseURL: test.info().project.use.baseURL })
    const other = await otherPhone.newPage()
    await new LoginPage(other).goto()
    await new LoginPage(other).signIn(email, "la-prima-password")
    await expect(new AccountPage(other).heading).toBeVisible()

    await page.getByRole("link", { name: "Cambia password" }).click()
    await expect(page.getByRole("heading", { level: 1, name: "Cambia password" })).toBeVisible()
    const current = page.getByLabel("Password attuale")
    const next = page.getByLabel("Nuova password")
    await current.fill("non-e-questa")
    await next.fill("la-seconda-password")
    await page.getByRole("button", { name: "Cambia password" }).click()
    await expect(page.getByText("La password attuale non è giusta.")).toBeVisible()

    await current.fill("la-prima-password")
    await next.fill("la-seconda-password")
    await page.getByRole("button", { name: "Cambia password" }).click()
    await expect(page.getByRole("status").filter({ hasText: "Fatto: da ora accedi con la nuova password." })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0)
    await page.screenshot({ path: test.info().outputPath("password-changed.png"), fullPage: true })

    await page.goto("/account")
    await expect(account.heading).toBeVisible()
    // The other phone is told why it is signed out, once; its header no longer says she is signed in.
    const otherLogin = new LoginPage(other)
    await other.goto("/account")
    await expect(otherLogin.heading).toBeVisible()
    await expect(otherLogin.sessionEnded).toBeVisible()
    await expect(new SiteHeader(other).banner.getByRole("link", { name: "Accedi" })).toBeVisible()
    await other.screenshot({ path: test.info().outputPath("password-changed-other-phone.png"), fullPage: true })
    await other.reload()
    await expect(otherLogin.heading).toBeVisible()
    await expect(otherLogin.sessionEnded).toHaveCount(0)
    await otherLogin.signIn(email, "la-seconda-password")
    await expect(new AccountPage(other).heading).toBeVisible()
    await otherPhone.close()

    await account.logout()
    await login.goto()
    await login.signIn(email, "la-prima-password")
    await expect(login.error).toBeVisible()
    await login.signIn(email, "la-seconda-password")
    await expect(page).toHaveURL(/\/account$/)
  })
})

test.describe("weekly basket (spesa fissa) on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test("a new resident makes her cart a weekly basket and sees the round it goes into next", async ({ page, request }) => {
    const account = new AccountPage(page)
    const product = new ProductPage(page)
    const cart = new CartPage(page)
    const basket = new BasketPage(page)
    const login = { email: `marta.spesafissa+${Date.now()}@example.org`, password: "spesa-fissa-2026" }

    await account.register({ firstName: "Marta", lastName: "Fissa", ...login })
    await expect(account.heading).toBeVisible()
    // Her home, saved in her addresses: the basket's form starts from it.
    const book = new AddressBookPage(page)
    await book.goto()
    const home = { firstName: "Marta", lastName: "Fissa", street: "Via XX Settembre 40", postalCode: "37129", city: "Verona", province: "VR", phone: "045 800 4321" }
    await book.add("Casa", home, true)
    await expect(book.addSection.getByRole("status").filter({ hasText: "Indirizzo aggiunto." })).toBeVisible()
    const work = { ...home, street: "Interrato dell'Acqua Morta 5", phone: "045 800 9999" }
    await book.add("Lavoro", work, false)
    await expect.poll(() => book.names()).toEqual(["Casa Predefinito", "Lavoro"])
    for (const handle of ["pagnotta-lievito-madre", "biscotti-farro-miele"]) {
      await product.goto(handle)
      await product.addToCart()
      await expect(product.addedMessage).toBeVisible()
    }
    await product.header.openCart()
    await page.getByRole("link", { name: "Ogni settimana la stessa spesa? Rendila fissa" }).click()
    await expect(basket.heading).toBeVisible()
    await basket.chooseCadence("Ogni giro")
    const where = page.getByRole("group", { name: "Dove la portiamo" })
    await expect(where.getByRole("radio", { name: `Casa: ${home.street}, 37129 Verona` })).toBeChecked()
    await expect(where.getByLabel("Via e numero civico")).toHaveValue(home.street)
    await expect(where.getByLabel("Telefono")).toHaveValue(home.phone)
    // This basket goes to her work: picked among her addresses, its fields filled, its own phone too.
    await where.getByRole("radio", { name: `Lavoro: ${work.street}, 37129 Verona` }).check()
    await expect(where.getByLabel("Via e numero civico")).toHaveValue(work.street)
    await expect(where.getByLabel("Telefono")).toHaveValue(work.phone)
    expect(await seriousViolations(page)).toEqual([])
    await basket.makeButton.click()
    await expect(basket.made).toBeVisible()

    // The pending order of the round the API says the basket goes into next (in Rome time as the page writes a
    // slot): both products with their makers, the estimated total at today's prices, skipping still offered.
    const { baskets } = await residentGet(request, login, "/store/baskets")
    expect(baskets).toHaveLength(1)
    expect(baskets[0].lines).toHaveLength(2)
    expect(baskets[0].address).toMatchObject({ address_1: work.street, phone: work.phone, province: "VR" })
    const { round: next, estimated_total } = baskets[0].pending_order
    const day = new Intl.DateTimeFormat("it-IT", { timeZone: "Europe/Rome", weekday: "long", day: "numeric", month: "long" }).format(new Date(next.starts_at))
    const time = (at: string) => new Intl.DateTimeFormat("it-IT", { timeZone: "Europe/Rome", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(at))
    const euro = (cents: number) => new Intl.NumberFormat("it-IT", { style: "currency", currency: "EUR" }).format(cents / 100)
    const pending = basket.pendingOrder(1)
    await expect(pending.getByRole("heading")).toHaveText(`Il prossimo ordine: giro ${day}, ${time(next.starts_at)}–${time(next.ends_at)}`)
    await expect(pending.getByRole("listitem")).toHaveCount(2)
    await expect(pending.getByText(/^Totale stimato ai prezzi di oggi: /)).toHaveText(`Totale stimato ai prezzi di oggi: ${euro(estimated_total)}`)
    await expect(pending.getByRole("button", { name: "Salta questo giro" })).toBeVisible()
    await page.screenshot({ path: test.info().outputPath("basket-made.png"), fullPage: true })

    // She pays the basket with a saved card instead: Stripe's form (the local fake's) saves it for off-session payments.
    await setRegionProviders(request, ["pp_system_default", "pp_stripe_stripe"])
    try {
      await page.reload()
      await basket.saveCard(1, "4242 4242 4242 4242")
      await expect(basket.cardSaved(1)).toBeVisible()
      await expect(basket.basket(1).getByText(/Paghi con la carta salvata VISA •••• 4242/)).toBeVisible()
      const { baskets: paid } = await residentGet(request, login, "/store/baskets")
      expect(paid[0]).toMatchObject({ payment: "saved_card", payment_method_id: expect.stringMatching(/^pm_/), card: { brand: "visa", last4: "4242" } })
      await page.screenshot({ path: test.info().outputPath("basket-card-saved.png"), fullPage: true })

      // Her saved cards: the card and the basket it pays; removed, the basket goes on paid on delivery.
      await expect(basket.savedCards.getByText("VISA •••• 4242")).toBeVisible()
      await expect(basket.savedCards.getByText(/paga la spesa fissa n\. 1/)).toBeVisible()
      await basket.savedCards.getByRole("button", { name: "Rimuovi la carta" }).click()
      await expect(page.getByRole("status").filter({ hasText: "Carta rimossa: la spesa fissa che pagava ora si paga alla consegna." })).toBeVisible()
      await expect(basket.savedCards).toHaveCount(0)
      await expect(basket.basket(1).getByText("Paghi alla consegna, ogni volta, il prezzo del giorno.")).toBeVisible()
      const { baskets: cash } = await residentGet(request, login, "/store/baskets")
      expect(cash[0]).toMatchObject({ payment: "pay_on_delivery", payment_method_id: null, card: null })
      expect((await residentGet(request, login, "/store/saved-cards")).saved_cards).toEqual([])
      await page.screenshot({ path: test.info().outputPath("basket-card-removed.png"), fullPage: true })

      // Signed out, the basket page (or an e-mail's confirmation link) asks her to sign in and brings her back there.
      const signOut = async () => {
        await page.goto("/account")
        await account.logout()
        await expect(page).toHaveURL(/\/$/)
      }
      await signOut()
      await page.goto("/account/spesa-fissa")
      await expect(page).toHaveURL(/\/account\/accesso\?next=%2Faccount%2Fspesa-fissa$/)
      const signIn = new LoginPage(page)
      await signIn.signIn(login.email, login.password)
      await expect(basket.heading).toBeVisible()
      await expect(page).toHaveURL(/\/account\/spesa-fissa$/)
      // A return-to that leaves the site is not followed: the account home.
      await signOut()
      await page.goto("/account/accesso?next=//evil.example/account")
      await signIn.signIn(login.email, login.password)
      await expect(account.heading).toBeVisible()
      expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host)
    } finally {
      await setRegionProviders(request, ["pp_system_default"])
    }
  })
})

test.describe("the resident's addresses, on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  const marta = { firstName: "Marta", lastName: "Indirizzi", postalCode: "37129", city: "Verona", province: "VR" }
  const casa: CheckoutAddress = { ...marta, street: "Via XX Settembre 12", phone: "+39 333 111 2222" }
  const lavoro: CheckoutAddress = { ...marta, street: "Interrato dell'Acqua Morta 5", phone: "+39 333 111 2222" }

  test("keeps her addresses, makes one the default, and the checkout offers them: the default first, another picked, a new one typed and kept", async ({ page }) => {
    const account = new AccountPage(page)
    const book = new AddressBookPage(page)
    const home = new HomePage(page)
    const product = new ProductPage(page)
    const checkout = new CheckoutPage(page)
    const email = `marta.indirizzi+${Date.now()}@example.org`
    await account.register({ firstName: marta.firstName, lastName: marta.lastName, email, password: "le-mie-strade" })
    await expect(account.heading).toBeVisible()

    await page.getByRole("link", { name: "I tuoi indirizzi" }).click()
    await expect(book.heading).toBeVisible()
    await expect(page.getByText("Non hai ancora salvato indirizzi.")).toBeVisible()
    // Her first address is offered as the default.
    await expect(book.addSection.getByRole("checkbox", { name: /predefinito/ })).toBeChecked()
    await book.add("Casa", casa, true)
    await expect(book.addSection.getByRole("status").filter({ hasText: "Indirizzo aggiunto." })).toBeVisible()
    await book.add("Lavoro", lavoro, false)
    await expect.poll(() => book.names()).toEqual(["Casa Predefinito", "Lavoro"])
    await book.makeDefault("Lavoro")
    await expect.poll(() => book.names()).toEqual(["Lavoro Predefinito", "Casa"])
    const card = await book.edit("Casa")
    await card.getByLabel("Telefono", { exact: true }).fill("+39 333 999 8888")
    await card.getByRole("button", { name: "Salva le modifiche" }).click()
    await expect(card.getByRole("status").filter({ hasText: "Indirizzo aggiornato." })).toBeVisible()
    await expect(book.entry("Casa").getByText("+39 333 999 8888")).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])

    await home.goto()
    expect(await home.openFirstPlentiful(await home.featuredProducts())).not.toBeNull()
    await product.addToCart()
    await expect(product.addedMessage).toBeVisible()
    await checkout.goto()
    await expect(checkout.emailStep.getByLabel("Email")).toHaveValue(email)
    await checkout.emailStep.getByRole("button", { name: "Continua" }).click()
    await expect(checkout.savedIn(checkout.emailStep)).toBeVisible()
    const step = checkout.addressStep
    const street = step.getByLabel("Via e numero civico")
    // The default address is proposed…
    await expect(step.getByRole("radio", { name: `Lavoro: ${lavoro.street}, 37129 Verona` })).toBeChecked()
    await expect(street).toHaveValue(lavoro.street)
    // …another one picked fills the fields, its own phone included.
    await step.getByRole("radio", { name: `Casa: ${casa.street}, 37129 Verona` }).check()
    await expect(street).toHaveValue(casa.street)
    await expect(step.getByLabel("Telefono", { exact: true })).toHaveValue("+39 333 999 8888")
    expect(await seriousViolations(page)).toEqual([])
    await expect(step.getByRole("checkbox", { name: "Salvalo nei tuoi indirizzi" })).toHaveCount(0)
    await step.getByRole("button", { name: "Continua" }).click()
    await expect(checkout.savedIn(step)).toBeVisible()
    await expect(step.getByRole("radio", { name: `Casa: ${casa.street}, 37129 Verona` })).toBeChecked()

    // A street typed for this order, kept in her book.
    await step.getByRole("radio", { name: "A un altro indirizzo" }).check()
    await expect(street).toHaveValue("")
    await expect(step.getByRole("checkbox", { name: "Salvalo nei tuoi indirizzi" })).toBeChecked()
    await street.fill("Via Carducci 3")
    await step.getByLabel("CAP", { exact: true }).fill("37129")
    await step.getByLabel("Città", { exact: true }).fill("Verona")
    await step.getByLabel(/^Provincia/).fill("VR")
    await step.getByRole("button", { name: "Continua" }).click()
    await expect(checkout.savedIn(step)).toBeVisible()
    await expect(step.getByRole("radio", { name: "Via Carducci 3, 37129 Verona" })).toBeChecked()
    await expect(checkout.homeRound()).toBeVisible()

    await book.goto()
    await expect.poll(() => book.names()).toEqual(["Lavoro Predefinito", "Casa", "Via Carducci 3, 37129 Verona"])
    // Deleting asks first, and says what it changes: opened on her default and left, nothing goes.
    const removing = await book.openRemove("Lavoro")
    await expect(removing).toContainText("non proporranno più «Lavoro»")
    await expect(removing).toContainText("È il tuo indirizzo predefinito")
    expect(await seriousViolations(page)).toEqual([])
    await book.remove("Casa")
    await expect(page.getByRole("status").filter({ hasText: "Indirizzo eliminato." })).toBeVisible()
    await expect.poll(() => book.names()).toEqual(["Lavoro Predefinito", "Via Carducci 3, 37129 Verona"])
    // Said once: the address bar drops what the redirect carried, so a reload does not say it again.
    await expect(page).toHaveURL(/\/account\/indirizzi$/)
    await page.reload()
    await expect.poll(() => book.names()).toEqual(["Lavoro Predefinito", "Via Carducci 3, 37129 Verona"])
    await expect(page.getByText("Indirizzo eliminato.")).toHaveCount(0)
  })
})
