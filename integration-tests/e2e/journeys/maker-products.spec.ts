import { expect, test } from "@playwright/test"
import { vendorPost } from "../../helpers/vendor-api"
import { BottegaPage } from "../pages/bottega-page"
import { BottegaProductPage } from "../pages/bottega-product-page"
import { ProductPage } from "../pages/product-page"
import { SiteHeader } from "../pages/site-header"

const FORNO = { email: "forno@sannazaro.demo", password: "buonvivere" }

test.describe("La mia bottega: a maker manages a product", () => {
  test("files a product under a category, changes a price, renames and adds a size, refuses a bad price, sells a size out and takes it off sale; the shop shows each on the next page view", async ({ page, browser, request }) => {
    // The focaccia of the report: listed before makers could choose a category or VAT class.
    const title = `Focaccia genovese ${Date.now().toString(36)}`
    const { product } = await vendorPost(request, FORNO.email, "/vendor/products", {
      title,
      description: "Focaccia all'olio extravergine, alta e morbida.",
      variants: [{ title: "Formato unico", prices: [{ amount: 3.5, currency_code: "eur" }], stock: 10 }],
    })

    const bottega = new BottegaPage(page)
    const editor = new BottegaProductPage(page)
    await bottega.goto()
    await bottega.signIn(FORNO.email, FORNO.password)
    await bottega.section("Prodotti").click()
    await expect(bottega.productLink(title)).toBeVisible()
    await bottega.productLink(title).click()
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible()

    // Category first: the VAT class its products usually have is proposed with it.
    await expect(editor.chosen(editor.category)).toHaveText("Scegli una categoria")
    await editor.category.selectOption({ label: "Pane e dolci" })
    await expect(editor.chosen(editor.vatClass)).toHaveText("Alimentari (10%)")
    // The name in English, for residents who read the shop in English (folded away until opened).
    const titleEn = title.replace("Focaccia genovese", "Genoese focaccia")
    await expect(editor.titleEn).toBeHidden()
    await editor.english.click()
    await editor.titleEn.fill(titleEn)
    await editor.saveDetailsButton.click()
    await expect(editor.savedDetailsMessage).toBeVisible()

    // The only size gets a name residents understand and a new price…
    await editor.sizeName(title).fill("Trancio")
    await editor.sizeNameEn(title).fill("Slice")
    await editor.sizePrice(title).fill("3,80")
    await editor.saveSize(title)
    await expect(editor.savedSizeMessage("Trancio")).toBeVisible()
    await expect(editor.priceHistory).toContainText("Trancio: da 3,50 € a 3,80 €")

    // …and a second size is added with its price and pieces.
    await editor.addSize({ name: "Teglia intera", price: "14,00", stock: "3" })
    await expect(editor.addedSizeMessage("Teglia intera")).toBeVisible()
    await expect(editor.sizePrice(`${title} – Teglia intera`)).toHaveValue("14,00")
    await expect(editor.sizeStock(`${title} – Teglia intera`)).toHaveValue("3")
    await expect(editor.sizePrice(`${title} – Trancio`)).toHaveValue("3,80")

    // A resident (a fresh browser, no maker login) sees all of it on the next page view.
    const resident = await browser.newContext({ locale: "it-IT", timezoneId: "Europe/Rome", baseURL: test.info().project.use.baseURL })
    const residentPage = await resident.newPage()
    const shopProduct = new ProductPage(residentPage)
    await shopProduct.goto(product.handle)
    await expect(shopProduct.heading).toHaveText(title)
    await expect(residentPage.getByRole("group", { name: "Formato" }).getByRole("radio")).toHaveCount(2)
    await shopProduct.chooseOption("Formato", "Trancio")
    await expect(residentPage.getByRole("main").getByText("3,80 €").first()).toBeVisible()
    await shopProduct.chooseOption("Formato", "Teglia intera")
    await expect(residentPage.getByRole("main").getByText("14,00 €").first()).toBeVisible()
    await expect(shopProduct.addToCartButton).toBeEnabled()

    await residentPage.goto("/categorie/pane-e-dolci")
    await expect(residentPage.getByRole("main").getByRole("link", { name: new RegExp(title) }).first()).toBeVisible()

    // Read in English: the maker's English name and size; the size left without English keeps its Italian name.
    const reader = await browser.newContext({ locale: "en-GB", timezoneId: "Europe/Rome", baseURL: test.info().project.use.baseURL })
    const readerPage = await reader.newPage()
    await readerPage.goto("/")
    await new SiteHeader(readerPage).switchLanguage("English")
    await expect(readerPage.locator("html")).toHaveAttribute("lang", "en")
    await new ProductPage(readerPage).goto(product.handle)
    await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText(titleEn)
    await expect(readerPage.getByRole("group", { name: "Size" }).getByRole("radio")).toHaveCount(2)
    await expect(readerPage.getByRole("radio", { name: "Slice" })).toBeVisible()
    await expect(readerPage.getByRole("radio", { name: "Teglia intera" })).toBeVisible()
    await reader.close()

    // A price the shop cannot charge is refused where it was typed, and nothing changes.
    const trancio = `${title} – Trancio`
    await editor.sizePrice(trancio).fill("-3,80")
    await editor.saveSize(trancio)
    await expect(editor.sizePrice(trancio)).toHaveAccessibleDescription(/Prezzo: non può essere negativo; scrivi un importo in euro, es\. 4,50\.$/)
    await editor.sizePrice(trancio).fill("3,805")
    await editor.saveSize(trancio)
    await expect(editor.sizePrice(trancio)).toHaveAccessibleDescription(/Prezzo: al massimo due cifre dopo la virgola \(i centesimi\), es\. 4,50\.$/)
    await page.reload()
    await expect(editor.sizePrice(trancio)).toHaveValue("3,80")
    await expect(editor.priceHistory.getByRole("listitem")).toHaveCount(1)
    // A name another size already has is refused by the shop (its code, not its English): told in Italian under the name.
    await editor.sizeName(trancio).fill("teglia intera")
    await editor.saveSize(trancio)
    await expect(editor.sizeName(trancio)).toHaveAccessibleDescription(/C'è già un formato con questo nome: cambialo\.$/)
    await page.reload()
    await expect(editor.sizeName(trancio)).toHaveValue("Trancio")
    // Two sizes: selling by weight is not offered, and the page says why (the API's can_sell_by_weight).
    const byWeight = page.getByRole("checkbox", { name: "Venduto a peso" })
    await expect(byWeight).toBeDisabled()
    await expect(byWeight).toHaveAccessibleDescription("Un prodotto venduto a peso ha un solo formato: togli prima gli altri.")

    // The whole tray is sold out: the resident sees it and cannot add it…
    await editor.sizeStock(`${title} – Teglia intera`).fill("0")
    await editor.saveSize(`${title} – Teglia intera`)
    await expect(editor.savedSizeMessage("Teglia intera")).toBeVisible()
    await shopProduct.goto(product.handle)
    await shopProduct.chooseOption("Formato", "Teglia intera")
    await expect(shopProduct.stock).toHaveText("Esaurito")
    await expect(shopProduct.addToCartButton).toBeDisabled()

    // …then the maker takes it off sale, and the shop offers the slice alone.
    await editor.removeSize(`${title} – Teglia intera`)
    await expect(editor.sizeRemovedMessage()).toBeVisible()
    await expect(editor.sizePrice(`${title} – Teglia intera`)).toHaveCount(0)
    await expect(byWeight).toBeEnabled()
    await shopProduct.goto(product.handle)
    await expect(residentPage.getByRole("radio", { name: "Teglia intera" })).toHaveCount(0)
    await expect(residentPage.getByRole("main").getByText("3,80 €").first()).toBeVisible()
    await expect(shopProduct.addToCartButton).toBeEnabled()
    await resident.close()
  })
})
