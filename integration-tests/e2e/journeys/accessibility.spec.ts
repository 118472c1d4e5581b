import { expect, test } from "@playwright/test"
import { seriousViolations } from "../pages/axe-scan"
import { BottegaPage } from "../pages/bottega-page"
import { CartPage } from "../pages/cart-page"
import { CheckoutPage } from "../pages/checkout-page"
import { HomePage } from "../pages/home-page"
import { LogisticsLoginPage } from "../pages/logistics-login-page"
import { LogisticsRoundPage } from "../pages/logistics-round-page"
import { LogisticsRoundsPage } from "../pages/logistics-rounds-page"
import { ProductPage } from "../pages/product-page"

// Demo logins from the district seed (password "buonvivere").
const MAKER = { email: "forno@sannazaro.demo", password: "buonvivere" }
const RIDER = { email: "giro@retebuonvivere.demo", password: "buonvivere" }
const ADDRESS = { firstName: "Lucia", lastName: "Ferrari", street: "Via San Nazaro 8", postalCode: "37129", city: "Verona", province: "VR", phone: "045 800 2468" }
const PRODUCT = "miele-acacia-torricelle"

test.describe("accessibility (axe-core, WCAG 2.1 AA): no serious or critical violation", () => {
  test("the resident's pages: home, product, cart, checkout with its delivery choices", async ({ page }) => {
    const home = new HomePage(page)
    const product = new ProductPage(page)
    const cart = new CartPage(page)
    const checkout = new CheckoutPage(page)

    await home.goto()
    await expect(home.featured).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])

    await product.goto(PRODUCT)
    await expect(product.heading).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await product.addToCart()
    await expect(product.addedMessage).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])

    await cart.goto()
    await expect(cart.heading).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])

    await checkout.goto()
    await checkout.enterEmail(`lucia.ferrari+${Date.now()}@example.org`)
    await checkout.enterAddress(ADDRESS)
    await expect(checkout.shippingStep.getByRole("radio").first()).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })

  test("each delivery choice says what it is, not only when", async ({ page }) => {
    const product = new ProductPage(page)
    const checkout = new CheckoutPage(page)
    await product.goto(PRODUCT)
    await product.addToCart()
    await expect(product.addedMessage).toBeVisible()
    await checkout.goto()
    await checkout.enterEmail(`lucia.ferrari+${Date.now()}@example.org`)
    await checkout.enterAddress(ADDRESS)
    const radios = checkout.shippingStep.getByRole("radio")
    await expect(radios.first()).toBeVisible()

    // The name a screen reader announces, as the browser's accessibility tree computes it.
    const accessibleNames: string[] = []
    for (const radio of await radios.all()) accessibleNames.push(/radio "(.*)"/.exec(await radio.ariaSnapshot())![1])
    expect(accessibleNames.some((n) => /^Consegna a casa — giovedì .*17:00–20:00/.test(n))).toBe(true)
    expect(accessibleNames.some((n) => /^Ritiro a Casa Comune — \S+ \d+ \w+/.test(n))).toBe(true)
    for (const name of accessibleNames) expect(name).toMatch(/^(Consegna a casa|Ritiro a .+) — /)
    // Two choices never read the same.
    expect(new Set(accessibleNames).size).toBe(accessibleNames.length)
    // Found by that name, as a screen-reader user would pick it.
    await expect(checkout.shippingOption(/^Ritiro a Casa Comune — /).first()).toBeVisible()
  })

  test("the maker's /bottega and the volunteer's /logistica, signed in", async ({ page, browser }) => {
    const bottega = new BottegaPage(page)
    await bottega.goto()
    expect(await seriousViolations(page)).toEqual([])
    await bottega.signIn(MAKER.email, MAKER.password)
    await expect(bottega.sections).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "it-IT" })
    const volunteer = await phone.newPage()
    const login = new LogisticsLoginPage(volunteer)
    const rounds = new LogisticsRoundsPage(volunteer)
    await rounds.goto()
    await expect(login.heading).toBeVisible()
    expect(await seriousViolations(volunteer)).toEqual([])
    await login.signIn(RIDER.email, RIDER.password)
    await expect(rounds.heading).toBeVisible()
    expect(await seriousViolations(volunteer)).toEqual([])
    await rounds.roundLinks.first().click()
    await expect(volunteer.getByRole("heading", { level: 1 })).toBeVisible()
    // Leaflet draws the map after the page: scanned once its controls and credits are in.
    await expect(new LogisticsRoundPage(volunteer).map.locator(".leaflet-control-attribution a").first()).toBeVisible()
    expect(await seriousViolations(volunteer)).toEqual([])
    await phone.close()
  })
})
