import { expect, test, type APIRequestContext } from "@playwright/test"
import { makers } from "../../../backend/src/scripts/demo-district/makers"
import { MEDUSA_URL } from "../../playwright.config"
import { adminGet, adminPost } from "../../helpers/admin-api"
import { cacheStatus, lastRevalidation, revalidated } from "../../helpers/storefront-cache"
import { waitFor } from "../../helpers/wait-for"
import { BrandPage } from "../pages/brand-page"
import { MakerPage } from "../pages/maker-page"
import { ProductPage } from "../pages/product-page"

// Products of one size, a maker and a certification that no other journey looks at.
const PRICED = "giardiniera-agrodolce"
const STOCKED = "confettura-ciliegie"
const ON_HOLIDAY = makers.find((m) => m.handle === "falegnameria-seminario")!
const TO_CERTIFY = makers.find((m) => m.handle === "ciclofficina-porta-vescovo")!
const RENAMED = makers.find((m) => m.handle === "legatoria-il-torchio")!
const RENAMED_PRODUCT = "quaderno-cucito-mano"

const euros = (cents: number) => new Intl.NumberFormat("it-IT", { style: "currency", currency: "EUR" }).format(cents / 100)

async function productByHandle(request: APIRequestContext, handle: string) {
  const { products } = await adminGet(request, `/admin/products?handle=${handle}&fields=id,*variants,*variants.prices,*variants.inventory_items`)
  return products[0]
}

/**
 * The page is served from the storefront's cache before the change (else the test proves nothing).
 * A late revalidation of the journey before (the subscriber hears several events for one stock
 * change, and every page carries the 'products' tag) can expire it once more — seen once under
 * load — so it is asked for again until the cache answers; the test fails if it never does.
 */
async function expectCached(request: APIRequestContext, path: string) {
  await waitFor(`${path} served from the storefront's cache`, async () => (await cacheStatus(request, path)) === "HIT")
}

test.describe("catalogue pages are cached and fresh on the next view after a change in Medusa", () => {
  test("a new price on the product page", async ({ page, request }) => {
    const product = new ProductPage(page)
    const { id, variants } = await productByHandle(request, PRICED)
    const variant = variants[0]
    const before = Math.round(variant.prices.find((p: any) => p.currency_code === "eur").amount * 100)
    const after = before + 111

    await expectCached(request, `/prodotti/${PRICED}`)
    const since = await lastRevalidation(request)
    await adminPost(request, `/admin/products/${id}/variants/${variant.id}`, { prices: [{ currency_code: "eur", amount: after / 100 }] })
    await revalidated(request, `product:${PRICED}`, since)

    await product.goto(PRICED)
    await expect(product.price).toHaveText(euros(after))
  })

  test("out of stock and back on the product page", async ({ page, request }) => {
    const product = new ProductPage(page)
    const { variants } = await productByHandle(request, STOCKED)
    const itemId = variants[0].inventory_items[0].inventory_item_id
    const { inventory_item } = await adminGet(request, `/admin/inventory-items/${itemId}?fields=*location_levels`)
    const level = inventory_item.location_levels[0]
    const setStock = (qty: number) => adminPost(request, `/admin/inventory-items/${itemId}/location-levels/${level.location_id}`, { stocked_quantity: qty })

    await product.goto(STOCKED)
    await expect(product.stock).not.toHaveText("Esaurito")
    await expectCached(request, `/prodotti/${STOCKED}`)

    let since = await lastRevalidation(request)
    await setStock(0)
    await revalidated(request, `product:${STOCKED}`, since)
    await product.goto(STOCKED)
    await expect(product.stock).toHaveText("Esaurito")
    await expect(product.addToCartButton).toBeDisabled()

    since = await lastRevalidation(request)
    await setStock(level.stocked_quantity)
    await revalidated(request, `product:${STOCKED}`, since)
    await product.goto(STOCKED)
    await expect(product.stock).not.toHaveText("Esaurito")
  })

  test("a maker's holiday on the maker's page", async ({ page, request }) => {
    const maker = new MakerPage(page)
    await maker.goto(ON_HOLIDAY.handle)
    await expect(maker.heading).toHaveText(ON_HOLIDAY.name)
    await expect(maker.closureNotice).toHaveCount(0)
    await expectCached(request, `/artigiani/${ON_HOLIDAY.handle}`)

    const login = await request.post(`${MEDUSA_URL}/auth/vendor/emailpass`, { data: { email: ON_HOLIDAY.email, password: "buonvivere" } })
    const { token } = await login.json()
    const today = new Date()
    const until = new Date(today.getTime() + 7 * 86_400_000)
    const since = await lastRevalidation(request)
    const res = await request.post(`${MEDUSA_URL}/vendor/me`, {
      headers: { authorization: `Bearer ${token}` },
      data: { closure_from: today.toISOString().slice(0, 10), closure_to: until.toISOString().slice(0, 10), closure_note: "Torniamo presto" },
    })
    expect(res.ok()).toBe(true)
    await revalidated(request, `vendor:${ON_HOLIDAY.handle}`, since)

    await maker.goto(ON_HOLIDAY.handle)
    await expect(maker.closureNotice).toBeVisible()
    await expect(page.getByRole("note")).toContainText("Torniamo presto")
  })

  test("a maker's new name on its page and on its product's page", async ({ page, request }) => {
    const product = new ProductPage(page)
    const maker = new MakerPage(page)
    const name = `${RENAMED.name} di Veronetta`
    await product.goto(RENAMED_PRODUCT)
    await expect(product.makerLink(RENAMED.name)).toHaveAttribute("href", `/artigiani/${RENAMED.handle}`)
    await expectCached(request, `/prodotti/${RENAMED_PRODUCT}`)
    await expectCached(request, `/artigiani/${RENAMED.handle}`)

    const login = await request.post(`${MEDUSA_URL}/auth/vendor/emailpass`, { data: { email: RENAMED.email, password: "buonvivere" } })
    const { token } = await login.json()
    const since = await lastRevalidation(request)
    const res = await request.post(`${MEDUSA_URL}/vendor/me`, { headers: { authorization: `Bearer ${token}` }, data: { name } })
    expect(res.ok()).toBe(true)
    await revalidated(request, `vendor:${RENAMED.handle}`, since)
    await maker.goto(RENAMED.handle)
    await expect(maker.heading).toHaveText(name)

    // The product page reads the maker from the brand plugin's read model, refreshed by its own
    // subscriber of the same event and revalidated once saved: the page follows within moments
    // (the vendors plugin's revalidation may come first, while the row still has the old name).
    await revalidated(request, `product:${RENAMED_PRODUCT}`, since)
    await expect(async () => {
      await product.goto(RENAMED_PRODUCT)
      await expect(product.makerLink(name)).toHaveAttribute("href", `/artigiani/${RENAMED.handle}`, { timeout: 500 })
    }).toPass({ timeout: 20_000 })
    // …and so do its product cards, which read the plugin's copy of the maker in the product's
    // metadata: written by the same refresh just after the read model, then revalidated. The maker's
    // page may have been rendered in between (its heading above), so it too follows within moments.
    await expect(async () => {
      await maker.goto(RENAMED.handle)
      await expect(maker.productsSection.getByText(`di ${name}`).first()).toBeVisible({ timeout: 500 })
    }).toPass({ timeout: 20_000 })
  })

  test("a certification approved by the coordinators on the brand page", async ({ page, request }) => {
    const brand = new BrandPage(page)
    await brand.goto()
    await expect(brand.makers.filter({ hasText: TO_CERTIFY.name })).toHaveCount(0)
    await expectCached(request, "/marchio")

    const { certifications } = await adminGet(request, "/admin/brand/certifications?status=submitted")
    const certification = certifications.find((c: any) => c.vendor?.handle === TO_CERTIFY.handle)
    expect(certification).toBeTruthy()
    const since = await lastRevalidation(request)
    await adminPost(request, `/admin/brand/certifications/${certification.id}/approve`, {})
    await revalidated(request, "brand", since)

    await brand.goto()
    await expect(brand.makers.filter({ hasText: TO_CERTIFY.name })).toHaveCount(1)
  })
})
