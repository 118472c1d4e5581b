import { expect, test, type Page } from "@playwright/test"
import { ProductPage } from "../pages/product-page"
import { SearchPage } from "../pages/search-page"

// A resident on a phone looks for honey and misspells it.
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true })

test.use(PHONE)

test.describe("Cerca", () => {
  test("typing «mile» suggests the honey, and the results list the honey first", async ({ page }) => {
    const search = new SearchPage(page)
    const product = new ProductPage(page)

    await search.goto()
    await expect(search.heading).toHaveText("Cerca")
    await search.field.pressSequentially("mile", { delay: 80 })
    await expect(search.suggestions).toBeVisible()
    const suggested = await search.suggestions.getByRole("option").allTextContents()
    expect(suggested.length).toBeGreaterThan(0)
    expect(suggested[0]).toMatch(/^Miele /)
    await shot(page, "suggestions")

    // The results page: every product named «Miele …» before the others that mention honey.
    await search.submit()
    await expect(search.heading).toHaveText("Risultati per «mile»")
    await expect(search.status).toContainText("cercato come «miele»")
    const titles = (await search.results.allTextContents()).map((t) => t.trim())
    const honey = titles.filter((t) => /^Miele\b/.test(t))
    expect(honey.length).toBeGreaterThanOrEqual(3)
    expect(titles.slice(0, honey.length)).toEqual(honey)
    expect(titles.indexOf("Biscotti di farro e miele")).toBeGreaterThanOrEqual(honey.length)
    await shot(page, "results")

    // A suggestion opens its product; keyboard: arrow down then Enter.
    await search.field.fill("")
    await search.field.pressSequentially("ceramca", { delay: 80 })
    await expect(search.suggestions.getByRole("option").first()).toBeVisible()
    const first = (await search.suggestions.getByRole("option").first().locator("span").first().textContent())?.trim() ?? ""
    await search.field.press("ArrowDown")
    await search.field.press("Enter")
    await expect(product.heading).toHaveText(first)
    await shot(page, "suggested-product")
  })
})
