import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test"
import { AccountPage } from "../pages/account-page"
import { CartPage } from "../pages/cart-page"
import { HomePage, type ProductTeaser } from "../pages/home-page"
import { LoginPage } from "../pages/login-page"
import { ProductPage } from "../pages/product-page"
import { SiteHeader } from "../pages/site-header"

// Two demo residents no other journey signs in as, each on their own phone (own cookies).
const LUCA = { email: "luca.ferrari@residenti.demo", firstName: "Luca", quantity: 2 }
const YOUSSEF = { email: "youssef.elamrani@residenti.demo", firstName: "Youssef", quantity: 1 }
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

type Resident = typeof LUCA & { page: Page; product: ProductTeaser }

async function signedIn(browser: Browser, person: typeof LUCA): Promise<Page> {
  const page = await (await browser.newContext(PHONE)).newPage()
  const login = new LoginPage(page)
  await login.goto()
  await login.signIn(person.email, "buonvivere")
  await expect(page).toHaveURL(/\/account$/)
  await expect(new AccountPage(page).greeting(person.firstName)).toBeVisible()
  return page
}

/** The page as Next serves it from its cache to this caller (HIT), and its HTML. */
async function cachedHtml(request: APIRequestContext, path: string): Promise<string> {
  await request.get(path)
  const res = await request.get(path)
  expect(res.status()).toBe(200)
  expect(res.headers()["x-nextjs-cache"], `${path} served from the cache`).toBe("HIT")
  return res.text()
}

test.describe("cached catalogue pages on two residents' phones", () => {
  test("each sees only their own cart and account on the same cached pages; signing out shows up at once", async ({ browser, request }) => {
    // Two different products that are plentiful, one for each cart.
    const scout = await browser.newPage()
    const home = new HomePage(scout)
    await home.goto()
    const featured = await home.featuredProducts()
    const first = await home.openFirstPlentiful(featured)
    const second = await home.openFirstPlentiful(featured.filter((p) => p.href !== first?.href))
    expect(first && second).toBeTruthy()
    await scout.close()

    const residents: Resident[] = [
      { ...LUCA, page: await signedIn(browser, LUCA), product: first! },
      { ...YOUSSEF, page: await signedIn(browser, YOUSSEF), product: second! },
    ]
    for (const r of residents) {
      const product = new ProductPage(r.page)
      await r.page.goto(r.product.href)
      await product.addToCart(r.quantity)
      await expect(product.addedMessage).toBeVisible()
      await expect(product.header.cartLink).toHaveText(`Carrello (${r.quantity})`)
    }

    // The same pages, byte for byte from the cache, for both residents and for a visitor with no
    // cookies: nothing of anyone is in them; the header's links are each browser's own.
    for (const path of ["/", residents[0].product.href, residents[1].product.href]) {
      const anonymous = await cachedHtml(request, path)
      for (const r of residents) {
        expect(await cachedHtml(r.page.request, path)).toBe(anonymous)
        await r.page.goto(path)
        const header = new SiteHeader(r.page)
        await expect(header.cartLink).toHaveText(`Carrello (${r.quantity})`)
        await expect(header.banner.getByRole("link", { name: "Il tuo account" })).toBeVisible()
      }
      for (const r of residents) expect(anonymous).not.toContain(r.email)
    }
    for (const [i, r] of residents.entries()) await r.page.screenshot({ path: `test-results/two-residents-${i}-product.png`, fullPage: true })

    // Their carts hold their own line only.
    for (const [i, r] of residents.entries()) {
      const other = residents[1 - i]
      const cart = new CartPage(r.page)
      await r.page.goto("/carrello")
      await expect(cart.heading).toBeVisible()
      await expect(cart.quantityOf(r.product.title)).toHaveValue(String(r.quantity))
      await expect(cart.line(other.product.title)).toHaveCount(0)
      await r.page.screenshot({ path: `test-results/two-residents-${i}-cart.png`, fullPage: true })
      await r.page.goto("/checkout")
      await expect(r.page.getByRole("main")).not.toContainText(other.email)
      await r.page.screenshot({ path: `test-results/two-residents-${i}-checkout.png`, fullPage: true })
    }

    // Luca signs out: the cached home shows him signed out at once; Youssef is still signed in.
    const [luca, youssef] = residents
    await luca.page.goto("/account")
    await new AccountPage(luca.page).logout()
    await expect(luca.page).toHaveURL(/\/$/)
    await expect(new SiteHeader(luca.page).banner.getByRole("link", { name: "Accedi" })).toBeVisible()
    await youssef.page.goto("/")
    await expect(new SiteHeader(youssef.page).banner.getByRole("link", { name: "Il tuo account" })).toBeVisible()
    await expect(new SiteHeader(youssef.page).cartLink).toHaveText(`Carrello (${youssef.quantity})`)
    await luca.page.screenshot({ path: "test-results/two-residents-0-signed-out.png", fullPage: true })
    for (const r of residents) await r.page.context().close()
  })
})
