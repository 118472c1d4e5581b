import { expect, test, type Page } from "@playwright/test"
import { categories, products, productsEn } from "../../../backend/src/scripts/demo-district"
import { CHARTER_V1, CHARTER_V1_EN } from "../../../backend/src/scripts/seed/brand"
import { adminGet, adminPost } from "../../helpers/admin-api"
import { SiteHeader } from "../pages/site-header"

// A resident on a phone who reads English: the shop down to the products, and the checkout.
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true })
const byHandle = (handle: string) => products.find((p) => p.handle === handle)!

test.use(PHONE)

test.describe("The shop in English", () => {
  test("product, category, option, round and round-up in English; a product without English reads in Italian", async ({ page, request }) => {
    const header = new SiteHeader(page)
    const h1 = page.getByRole("heading", { level: 1 })
    const main = page.getByRole("main")

    await page.goto("/")
    await header.switchLanguage("English")
    await expect(page.locator("html")).toHaveAttribute("lang", "en")

    // A category page: its name and description as the Translation Module has them.
    const bread = categories.find((c) => c.handle === "pane-e-dolci")!
    await page.goto(`/categorie/${bread.handle}`)
    await expect(h1).toHaveText(bread.name_en)
    await expect(main.getByRole("link", { name: new RegExp(productsEn["pagnotta-lievito-madre"].title) }).first()).toBeVisible()
    await shot(page, "category")

    // A product with an option: title, subtitle, description and the option's name in English.
    const loaf = byHandle("pagnotta-lievito-madre")
    await page.goto(`/prodotti/${loaf.handle}`)
    await expect(h1).toHaveText(productsEn[loaf.handle].title)
    await expect(main.getByText(productsEn[loaf.handle].description)).toBeVisible()
    await expect(page.getByRole("group", { name: "Weight" }).getByRole("radio")).toHaveCount(2)
    // the brand criteria it meets, as the coordinators translated the charter
    await expect(main.getByText(CHARTER_V1_EN.made_in_district.title, { exact: true })).toBeVisible()
    await expect(main.getByText(CHARTER_V1.find((c) => c.key === "made_in_district")!.title)).toHaveCount(0)
    await shot(page, "product")

    // The brand page: the charter's criteria in English.
    await page.goto("/marchio")
    const criteria = main.getByRole("listitem").filter({ has: page.locator("strong") })
    await expect(criteria).toHaveText(CHARTER_V1.map((c) => `${CHARTER_V1_EN[c.key].title} — ${CHARTER_V1_EN[c.key].description}`))
    await shot(page, "brand")

    // No Italian words of any demo product on its English page (fields that read the same in both are skipped).
    for (const p of products) {
      const en = productsEn[p.handle]
      const html = await (await page.request.get(`/prodotti/${p.handle}`)).text()
      const text = html.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&")
      const italian = [p.title, p.subtitle, p.description].filter((s): s is string => Boolean(s) && ![en.title, en.subtitle, en.description].includes(s))
      expect({ handle: p.handle, italian: italian.filter((s) => text.includes(s)) }).toEqual({ handle: p.handle, italian: [] })
    }

    // "Formato unico" reads "One size" in the cart; the cart's lines are in English too.
    const rye = byHandle("pane-segale-noci")
    await page.goto(`/prodotti/${rye.handle}`)
    await expect(h1).toHaveText(productsEn[rye.handle].title)
    await page.getByRole("button", { name: "Add to cart" }).click()
    await expect(page.getByRole("status").filter({ hasText: "Added to your cart." })).toBeVisible()
    await header.openCart()
    await expect(h1).toHaveText("Cart")
    await expect(main.getByRole("heading", { name: productsEn[rye.handle].title })).toBeVisible()
    await expect(main.getByText("One size", { exact: true })).toBeVisible()
    await shot(page, "cart")

    // The checkout: the round by its date in English, and the round-up line.
    await page.getByRole("link", { name: "Go to checkout" }).click()
    await expect(h1).toHaveText("Checkout")
    const emailStep = page.getByRole("region", { name: "1. Your email" })
    await emailStep.getByLabel("Email").fill(`sam.reader+${Date.now()}@example.org`)
    await emailStep.getByRole("button", { name: "Continue" }).click()
    const addressStep = page.getByRole("region", { name: "2. Contact details" })
    await addressStep.getByLabel("First name", { exact: true }).fill("Sam")
    await addressStep.getByLabel("Last name", { exact: true }).fill("Reader")
    await addressStep.getByLabel("Street and number").fill("Via San Nazaro 12")
    await addressStep.getByLabel("Postcode", { exact: true }).fill("37129")
    await addressStep.getByLabel("City", { exact: true }).fill("Verona")
    await addressStep.getByLabel(/^Province/).fill("VR")
    await addressStep.getByLabel("Phone", { exact: true }).fill("045 800 1234")
    await addressStep.getByRole("button", { name: "Continue" }).click()
    const shippingStep = page.getByRole("region", { name: "3. Delivery or pickup" })
    const round = shippingStep.getByRole("radio", { name: /^Home delivery — Thursday,? \d{1,2} \w+, 17:00–20:00/ }).first()
    await expect(round).toBeVisible()
    await round.check()
    await shippingStep.getByRole("button", { name: "Continue" }).click()
    const roundUp = page.getByRole("group", { name: "Round up for the solidarity fund" })
    await roundUp.getByRole("radio", { name: /^Round up to / }).check()
    await page.getByRole("button", { name: "Confirm", exact: true }).click()
    await expect(page.getByRole("status").filter({ hasText: /^Round-up saved/ })).toBeVisible()
    await expect(page.getByRole("complementary").getByText("Round-up for the Fund (a donation, no VAT)")).toBeVisible()
    await expect(page.getByRole("complementary").getByText(productsEn[rye.handle].title)).toBeVisible()
    await shot(page, "checkout")

    // A coordinator removes one product's English (admin → Translations): its page falls back to Italian.
    const apples = byHandle("mele-val-illasi")
    const { products: [product] } = await adminGet(request, `/admin/products?handle=${apples.handle}&fields=id`)
    const { translations } = await adminGet(request, `/admin/translations?reference_id=${product.id}&locale_code=en-GB`)
    expect(translations).toHaveLength(1)
    await adminPost(request, "/admin/translations/batch", { delete: [translations[0].id] })
    await expect
      .poll(async () => {
        await page.goto(`/prodotti/${apples.handle}`)
        return h1.textContent()
      })
      .toBe(apples.title)
    await expect(main.getByText(apples.description)).toBeVisible()
    await shot(page, "fallback")
  })
})
