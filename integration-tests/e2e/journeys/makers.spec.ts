import { expect, test } from "@playwright/test"
import { MakerPage } from "../pages/maker-page"
import { MakersPage } from "../pages/makers-page"
import { NotFoundPage } from "../pages/not-found-page"
import { ProductPage } from "../pages/product-page"

test.describe("Gli artigiani", () => {
  test("the directory lists the approved makers and a maker's page shows its story, place and products", async ({ page }) => {
    const makers = new MakersPage(page)
    const maker = new MakerPage(page)
    const product = new ProductPage(page)

    await makers.goto()
    await expect(makers.heading).toBeVisible()
    await expect(makers.maker("Forno San Nazaro")).toBeVisible()
    await expect(makers.maker("Apicoltura delle Torricelle")).toBeVisible()
    expect(await makers.makerLinks.count()).toBeGreaterThanOrEqual(11)
    // Alphabetical, no ranking; a pending applicant is not listed.
    const names = await makers.makerLinks.allTextContents()
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "it")))
    await expect(makers.maker("Vetri di Santa Toscana")).toHaveCount(0)

    await makers.maker("Forno San Nazaro").click()
    await expect(maker.heading).toHaveText("Forno San Nazaro")
    await expect(maker.storyHeading).toBeVisible()
    await expect(maker.whereSection).toContainText("37129")
    await expect(maker.mapLink).toHaveAttribute("href", /^https:\/\/www\.openstreetmap\.org\/\?mlat=45\.\d+&mlon=11\.\d+/)
    await expect(maker.productsSection.getByRole("link").first()).toBeVisible()

    const firstProduct = maker.productsSection.getByRole("heading", { level: 3 }).first()
    const title = (await firstProduct.textContent())?.trim() ?? ""
    await maker.product(title).click()
    await expect(product.heading).toHaveText(title)
    await expect(product.makerLink("Forno San Nazaro")).toBeVisible()
  })

  test("an unknown maker shows the 404 page", async ({ page }) => {
    const notFound = new NotFoundPage(page)
    const response = await page.goto("/artigiani/bottega-che-non-esiste")
    expect(response?.status()).toBe(404)
    await expect(notFound.heading).toBeVisible()
  })
})
