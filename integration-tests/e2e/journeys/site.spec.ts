import { expect, test } from "@playwright/test"
import { HomePage } from "../pages/home-page"
import { NotFoundPage } from "../pages/not-found-page"

test.describe("storefront basics", () => {
  test("an unknown product shows the friendly 404 page", async ({ page }) => {
    const notFound = new NotFoundPage(page)
    const response = await page.goto("/prodotti/questo-prodotto-non-esiste")
    expect(response?.status()).toBe(404)
    await expect(notFound.heading).toBeVisible()
    await expect(notFound.homeLink).toBeVisible()
  })

  test("switching to English shows English copy, and back to Italian", async ({ page }) => {
    const home = new HomePage(page)
    await home.goto()
    await expect(page.locator("html")).toHaveAttribute("lang", "it")
    await expect(home.header.cartLink).toHaveText(/^Carrello \(\d+\)$/)

    await home.header.switchLanguage("English")
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    await expect(home.header.cartLink).toHaveText(/^Cart \(\d+\)$/)
    await expect(home.featured.getByRole("heading", { name: "Featured" })).toBeVisible()
    await expect(home.header.languageButton("English")).toHaveAttribute("aria-pressed", "true")

    // The choice is remembered across pages.
    await page.reload()
    await expect(page.locator("html")).toHaveAttribute("lang", "en")

    await home.header.switchLanguage("Italiano")
    await expect(page.locator("html")).toHaveAttribute("lang", "it")
    await expect(home.featured.getByRole("heading", { name: "In evidenza" })).toBeVisible()
  })
})
