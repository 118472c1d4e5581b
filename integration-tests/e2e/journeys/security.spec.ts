// The storefront runs under its Content-Security-Policy (no framing, nosniff, a referrer policy;
// nonce + 'strict-dynamic' on every page rendered per request, the site's inline scripts on the
// cached catalogue pages, which cannot carry a per-request nonce) on the resident's pages with
// Stripe.js and on the volunteer's map, without a single violation; an owner removes a member and
// the member's open session ends.
import { expect, test, type APIRequestContext, type Page, type Response } from "@playwright/test"
import { coordinator } from "../../../backend/src/scripts/demo-district/coordinators"
import { MEDUSA_URL, STRIPE_E2E } from "../../playwright.config"
import { BottegaPage } from "../pages/bottega-page"
import { CardPaymentPage } from "../pages/card-payment-page"
import { CheckoutPage } from "../pages/checkout-page"
import { HomePage } from "../pages/home-page"
import { LogisticsLoginPage } from "../pages/logistics-login-page"
import { LogisticsRoundPage } from "../pages/logistics-round-page"
import { ProductPage } from "../pages/product-page"

const PLANNER = { email: "logistica@retebuonvivere.demo", password: "buonvivere" }

/** Collects every CSP violation the page reports (the event, and the console line Chromium writes). */
async function watchCsp(page: Page) {
  const violations: string[] = []
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`))
  })
  page.on("console", (msg) => {
    const text = msg.text()
    if (/CSP violation|Content Security Policy/i.test(text)) violations.push(text)
  })
  return violations
}

/** A page rendered per request: its scripts run only through this request's nonce. */
function expectSecurityHeaders(response: Response | null) {
  const csp = expectCommonHeaders(response)
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
  return csp
}

/** A cached catalogue page (the same HTML for everyone): its own inline scripts, never eval. */
function expectCachedPageHeaders(response: Response | null) {
  const csp = expectCommonHeaders(response)
  expect(csp).toMatch(/script-src 'self' 'unsafe-inline'/)
  expect(csp).not.toMatch(/script-src[^;]*('nonce-|'unsafe-eval')/)
  return csp
}

function expectCommonHeaders(response: Response | null) {
  const headers = response!.headers()
  const csp = headers["content-security-policy"]
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).toContain("object-src 'none'")
  expect(headers["x-content-type-options"]).toBe("nosniff")
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
  return csp
}

async function setRegionProviders(request: APIRequestContext, providers: string[]) {
  const login = await request.post(`${MEDUSA_URL}/auth/user/emailpass`, { data: { email: coordinator.email, password: coordinator.password } })
  const headers = { authorization: `Bearer ${(await login.json()).token}` }
  const { regions } = await (await request.get(`${MEDUSA_URL}/admin/regions?fields=id`, { headers })).json()
  for (const region of regions) expect((await request.post(`${MEDUSA_URL}/admin/regions/${region.id}`, { headers, data: { payment_providers: providers } })).ok()).toBe(true)
}

test.describe("security headers in the browser", () => {
  test("home, a product and the checkout with Stripe.js's card form run under the CSP, with no violation", async ({ page, request }) => {
    const violations = await watchCsp(page)
    const home = new HomePage(page)
    const product = new ProductPage(page)
    const card = new CardPaymentPage(page)
    const checkout = new CheckoutPage(page)

    expectCachedPageHeaders(await page.goto("/"))
    const first = expectSecurityHeaders(await page.goto("/carrello"))
    expect(expectSecurityHeaders(await page.goto("/carrello"))).not.toBe(first) // a fresh nonce per page
    await page.goto("/")
    const featured = await home.featuredProducts()
    expect(await home.openFirstPlentiful(featured)).not.toBeNull()
    await product.addToCart()
    await expect(product.addedMessage).toBeVisible()

    // The cart's photos come from the shop's own origin (no new connection on a phone), relayed
    // with the API's own headers: nosniff and a sandboxing policy should one be opened directly.
    await page.goto("/carrello")
    const thumbnail = page.locator("img.cart-line__image").first()
    await expect(thumbnail).toHaveAttribute("src", /^\/media\/[A-Za-z0-9]/)
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
    const photo = await request.get(new URL((await thumbnail.getAttribute("src"))!, page.url()).href)
    expect(photo.ok()).toBe(true)
    expect(photo.headers()["content-type"]).toMatch(/^image\//)
    expect(photo.headers()["x-content-type-options"]).toBe("nosniff")
    expect(photo.headers()["content-security-policy"]).toContain("sandbox")
    expect((await request.get(new URL("/media/private-x.pdf", page.url()).href)).status()).toBe(404)

    await setRegionProviders(request, ["pp_system_default", "pp_stripe_stripe"])
    try {
      expectSecurityHeaders(await page.goto("/checkout"))
      await checkout.enterEmail(`csp+${Date.now()}@example.org`)
      await checkout.enterAddress({ firstName: "Giulia", lastName: "Carta", street: "Via San Nazaro 12", postalCode: "37129", city: "Verona", province: "VR", phone: "045 800 1234" })
      await checkout.shippingStep.getByRole("radio").first().check()
      await checkout.shippingStep.getByRole("button", { name: "Continua" }).click()
      await expect(card.cardChoice).toBeVisible()
      await card.cardChoice.check()
      // Stripe.js (the local stand-in at STRIPE_JS_URL) was loaded by our nonce'd code and drew the card field.
      await expect(card.cardNumber).toBeVisible()
      await page.screenshot({ path: "test-results/security-checkout-card.png", fullPage: true })
    } finally {
      await setRegionProviders(request, ["pp_system_default"])
    }
    expect(violations).toEqual([])
  })

  test("the volunteer's round map (Leaflet) runs under the CSP, with no violation", async ({ page }) => {
    const violations = await watchCsp(page)
    const login = new LogisticsLoginPage(page)
    const round = new LogisticsRoundPage(page)
    await login.goto()
    await login.signIn(PLANNER.email, PLANNER.password)
    // The demo round with stops: closed for orders, or completed when the logistics journey ran first.
    const card = page.getByRole("main").getByRole("listitem").filter({ hasText: /Stato: (chiuso|completato)/ }).first()
    const name = (await card.getByRole("heading", { level: 2 }).textContent())!.trim()
    // The round's own page as a document (a click is a client-side navigation: no document comes back).
    const href = (await card.getByRole("link", { name }).getAttribute("href"))!
    expectSecurityHeaders(await page.goto(href))
    await expect(round.map).toBeVisible()
    await page.screenshot({ path: "test-results/security-round-map.png", fullPage: true })
    expect(violations).toEqual([])
  })

  test("an owner removes a member in /bottega/membri; the member's open session ends at the next page", async ({ page, browser }) => {
    const violations = await watchCsp(page)
    const bottega = new BottegaPage(page)
    await bottega.goto()
    await bottega.signIn("forno@sannazaro.demo", "buonvivere")
    await bottega.sections.getByRole("link", { name: "Membri" }).click()
    const email = `aiuto+${Date.now()}@sannazaro.demo`
    await page.getByRole("main").getByLabel("Email", { exact: true }).fill(email)
    await page.getByRole("button", { name: "Crea l'invito" }).click()
    const link = await page.getByLabel("Link dell'invito").inputValue()

    // The new member joins from their own browser.
    const memberContext = await browser.newContext()
    const member = await memberContext.newPage()
    await member.goto(link)
    await member.getByRole("main").getByLabel("Email", { exact: true }).fill(email)
    await member.getByRole("main").getByLabel("Password", { exact: true }).fill("buonvivere")
    await member.getByRole("main").getByLabel("Nome", { exact: true }).fill("Nico")
    await member.getByRole("main").getByLabel("Cognome", { exact: true }).fill("Dal Forno")
    await member.getByRole("button", { name: "Crea l'accesso e entra" }).click()
    await expect(member.getByRole("navigation", { name: "Sezioni della mia bottega" })).toBeVisible()

    await page.reload()
    const removeButton = page.getByRole("button", { name: "Rimuovi Nico Dal Forno dalla bottega" })
    await expect(removeButton).toBeVisible()
    // the owner is listed as "(tu)", without a button to remove themselves
    await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: "(tu)" }).getByRole("button")).toHaveCount(0)
    await removeButton.click()
    await expect(page.getByText("Nico Dal Forno non fa più parte della bottega: il suo accesso è chiuso.")).toBeVisible()
    await page.screenshot({ path: "test-results/security-member-removed.png", fullPage: true })

    // The member's next page: the shop is gone for them.
    await member.goto("/bottega/ordini")
    await expect(member.getByRole("navigation", { name: "Sezioni della mia bottega" })).toHaveCount(0)
    await member.screenshot({ path: "test-results/security-removed-member-view.png", fullPage: true })
    await memberContext.close()
    expect(violations).toEqual([])
  })

  test("the admin loads under Medusa's own headers; a coordinator deactivates a volunteer and the volunteer's open session ends", async ({ page, browser, request }) => {
    // A volunteer of our own (the demo riders are used by other journeys): invited, registered, signed in.
    const login = await request.post(`${MEDUSA_URL}/auth/user/emailpass`, { data: { email: coordinator.email, password: coordinator.password } })
    const admin = { authorization: `Bearer ${(await login.json()).token}` }
    const email = `prova+${Date.now()}@volontari.demo`
    const invited = await (await request.post(`${MEDUSA_URL}/admin/volunteers`, { headers: admin, data: { name: "Lino Prova", email } })).json()
    const rider = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    const riderPage = await rider.newPage()
    await riderPage.goto(new URL(invited.invite_url).pathname + new URL(invited.invite_url).search)
    await riderPage.getByRole("main").getByLabel("Email", { exact: true }).fill(email)
    await riderPage.getByRole("main").getByLabel("Password", { exact: true }).fill("buonvivere")
    await riderPage.getByRole("button", { name: "Crea l'accesso" }).click()
    await expect(riderPage.getByText("Lino Prova · consegne")).toBeVisible()

    const violations = await watchCsp(page)
    const appResponse = await page.goto(`${MEDUSA_URL}/app`)
    console.log("admin /app headers:", JSON.stringify(appResponse!.headers()))
    // A browser's first visit switches the admin to Italian (one reload): fill the form after it.
    await expect(page.getByRole("heading", { name: "Benvenuto in Medusa" })).toBeVisible()
    await page.getByPlaceholder("Email").fill(coordinator.email)
    await page.getByPlaceholder("Password").fill(coordinator.password)
    await page.getByRole("button", { name: "Continua con Email" }).click()
    await page.getByRole("link", { name: "Giri di consegna" }).click()
    await page.getByRole("tab", { name: "Volontari" }).click()
    await page.getByRole("button", { name: "Disattiva Lino Prova" }).click()
    await expect(page.getByRole("button", { name: "Riattiva Lino Prova" })).toBeVisible()
    await expect(page.getByRole("row").filter({ hasText: "Lino Prova" }).getByText("Disattivato")).toBeVisible()
    await page.screenshot({ path: "test-results/security-admin-volunteer-deactivated.png", fullPage: true })
    expect(violations).toEqual([])

    // The rider's next page: their session no longer opens the rounds.
    await riderPage.goto("/logistica")
    await expect(riderPage.getByText("Lino Prova · consegne")).toHaveCount(0)
    await riderPage.screenshot({ path: "test-results/security-deactivated-rider-view.png", fullPage: true })
    await rider.close()
  })
})
