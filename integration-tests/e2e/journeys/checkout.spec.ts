import { expect, test } from "@playwright/test"
import { CartPage } from "../pages/cart-page"
import { CheckoutPage } from "../pages/checkout-page"
import { HomePage, type ProductTeaser } from "../pages/home-page"
import { OrderConfirmationPage } from "../pages/order-confirmation-page"
import { ProductPage } from "../pages/product-page"

const VERONETTA_ADDRESS = {
  firstName: "Giulia",
  lastName: "Rossi",
  street: "Via San Nazaro 12",
  postalCode: "37129",
  city: "Verona",
  province: "VR",
  phone: "045 800 1234",
}

/** Two featured products from two different makers, as the home page shows them. */
function twoMakers(teasers: ProductTeaser[]): [ProductTeaser, ProductTeaser] {
  const first = teasers[0]
  const second = teasers.find((t) => t.maker !== first?.maker)
  if (!first || !second) throw new Error("The demo district should feature products of at least two makers")
  return [first, second]
}

test.describe("checkout journey", () => {
  test("a resident buys from two makers and pays on delivery", async ({ page }) => {
    const home = new HomePage(page)
    const product = new ProductPage(page)
    const cart = new CartPage(page)
    const checkout = new CheckoutPage(page)
    const confirmation = new OrderConfirmationPage(page)

    await home.goto()
    await expect(home.heading).toHaveText("Rete del Buon Vivere")
    await expect(home.featured.getByRole("article").first()).toBeVisible()
    const [first, second] = twoMakers(await home.featuredProducts())

    await home.openProduct(first.title)
    await expect(product.heading).toHaveText(first.title)
    await expect(product.vatNote).toBeVisible()
    await expect(product.stock).not.toHaveText("Esaurito")
    await expect(product.addToCartButton).toBeEnabled()
    const firstStock = await product.stock.innerText()
    await product.addToCart()
    await expect(product.addedMessage).toBeVisible()
    await expect(product.header.cartLink).toHaveText("Carrello (1)")

    await home.goto()
    await home.openProduct(second.title)
    await expect(product.heading).toHaveText(second.title)
    await expect(product.addToCartButton).toBeEnabled()
    const secondStock = await product.stock.innerText()
    await product.addToCart()
    await expect(product.addedMessage).toBeVisible()
    await expect(product.header.cartLink).toHaveText("Carrello (2)")

    await product.header.openCart()
    await expect(cart.heading).toBeVisible()
    await expect(cart.makerGroup(first.maker).getByRole("heading", { name: first.title })).toBeVisible()
    await expect(cart.makerGroup(second.maker).getByRole("heading", { name: second.title })).toBeVisible()

    // Take a second piece of whichever product is plentiful ("ultimi pezzi" may mean only one).
    expect([firstStock, secondStock]).toContain("Disponibile")
    const [more, same] = firstStock === "Disponibile" ? [first, second] : [second, first]
    const totalBefore = await cart.total.innerText()
    await cart.setQuantity(more.title, 2)
    await expect(cart.total).not.toHaveText(totalBefore)
    await expect(cart.quantityOf(more.title)).toHaveValue("2")
    await expect(product.header.cartLink).toHaveText("Carrello (3)")

    // The cart lives in a cookie: it survives a reload.
    await page.reload()
    await expect(cart.quantityOf(more.title)).toHaveValue("2")
    await expect(cart.quantityOf(same.title)).toHaveValue("1")

    await cart.goToCheckout()
    await expect(checkout.heading).toBeVisible()
    await checkout.enterEmail(`giulia.rossi+${Date.now()}@example.org`)
    await expect(checkout.addressStep.getByLabel("Via e numero civico")).toBeVisible()
    await checkout.enterAddress(VERONETTA_ADDRESS)
    await expect(checkout.shippingOption("Consegna a domicilio")).toBeVisible()
    await checkout.chooseShipping("Consegna a domicilio")
    await expect(checkout.payOnDelivery).toBeVisible()
    await checkout.confirmPayingOnDelivery()

    await expect(page).toHaveURL(/\/ordini\/[^/]+\/conferma$/)
    await expect(confirmation.heading).toBeVisible()
    await expect(confirmation.orderNumber).toHaveText(/^Ordine n\. \d+$/)
    await expect(confirmation.items.getByText(first.title)).toBeVisible()
    await expect(confirmation.items.getByText(second.title)).toBeVisible()

    const orderNumber = await confirmation.displayedOrderNumber()
    expect(orderNumber).toBeGreaterThan(0)
    // For the admin-API check: the order Medusa must hold has this display_id.
    test.info().annotations.push({ type: "order-display-id", description: String(orderNumber) })
  })
})
