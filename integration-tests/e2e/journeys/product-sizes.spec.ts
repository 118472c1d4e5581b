import { expect, test } from "@playwright/test"
import { adminGet } from "../../helpers/admin-api"
import { BrandProductPanel } from "../pages/brand-product-panel"
import { CartPage } from "../pages/cart-page"
import { ProductPage } from "../pages/product-page"

// A demo product sold in two sizes at two prices (500 g and 1 kg of acacia honey).
const HONEY = { handle: "miele-acacia-torricelle", title: "Miele di acacia", option: "Formato" }

const cents = (text: string) => Math.round(Number(/([\d.]+,\d{2})\s€/.exec(text)![1].replace(/\./g, "").replace(",", ".")) * 100)

/** Each size's euro price as Medusa holds it, asked through the admin API rather than read off the page. */
async function pricesBySize(request: Parameters<typeof adminGet>[0]): Promise<Map<string, number>> {
  const { products } = await adminGet(request, `/admin/products?handle=${HONEY.handle}&fields=id,variants.title,variants.prices.amount,variants.prices.currency_code`)
  const variants: { title: string; prices: { amount: number; currency_code: string }[] }[] = products[0].variants
  return new Map(variants.map((v) => [v.title, Math.round(Number(v.prices.find((p) => p.currency_code === "eur")!.amount) * 100)]))
}

test.describe("product page with sizes", () => {
  test("choosing the second size: its price explained, and two adds put two of that size in the cart", async ({ page, request }) => {
    const product = new ProductPage(page)
    const panel = new BrandProductPanel(page)
    const cart = new CartPage(page)
    const prices = await pricesBySize(request)

    await product.goto(HONEY.handle)
    await expect(product.heading).toHaveText(HONEY.title)
    const sizes = await product.optionRadios(HONEY.option).evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ""))
    expect(sizes.length).toBeGreaterThanOrEqual(2)
    const [first, second] = sizes
    expect(prices.get(first)).not.toBe(prices.get(second))

    // The first size is chosen on arrival and its own price is explained.
    await expect(product.optionRadios(HONEY.option).nth(0)).toBeChecked()
    expect(cents(await panel.intro.innerText())).toBe(prices.get(first))

    // The second size: the price, the explanation and its parts all follow.
    await product.chooseOption(HONEY.option, second)
    await expect.poll(async () => cents(await product.price.innerText())).toBe(prices.get(second))
    await expect.poll(async () => cents(await panel.intro.innerText())).toBe(prices.get(second))
    const parts = await panel.parts()
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["Contributo alla rete", "Fondo di solidarietà", "IVA"]))
    expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(prices.get(second))

    // Add once: the form stays on the second size (radios, price and explanation together).
    await product.addToCart()
    await expect(product.addedMessage).toBeVisible()
    await expect(product.header.cartLink).toHaveText("Carrello (1)")
    await expect(product.optionRadios(HONEY.option).nth(1)).toBeChecked()
    await expect(product.optionRadios(HONEY.option).nth(0)).not.toBeChecked()
    expect(cents(await product.price.innerText())).toBe(prices.get(second))
    expect(cents(await panel.intro.innerText())).toBe(prices.get(second))

    // Add again without touching anything: the same size again.
    await product.addToCart()
    await expect(product.header.cartLink).toHaveText("Carrello (2)")
    await expect(product.optionRadios(HONEY.option).nth(1)).toBeChecked()

    await product.header.openCart()
    await expect(cart.heading).toBeVisible()
    const lines = cart.line(HONEY.title)
    await expect(lines).toHaveCount(1)
    await expect(lines.getByText(second, { exact: true })).toBeVisible()
    await expect(cart.quantityOf(HONEY.title)).toHaveValue("2")
  })
})
