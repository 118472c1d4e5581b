import { expect, test, type Locator } from "@playwright/test"
import { BottegaPage } from "../pages/bottega-page"
import { HomePage } from "../pages/home-page"
import { LogisticsLoginPage } from "../pages/logistics-login-page"
import { LogisticsRoundsPage } from "../pages/logistics-rounds-page"

const MAKER = { email: "forno@sannazaro.demo", password: "buonvivere" }
const RIDER = { email: "giro@retebuonvivere.demo", password: "buonvivere" }
const PHONE = { width: 390, height: 844 }
const LAPTOP = { width: 1280, height: 800 }

/** Where each element sits on screen, measured by the browser. */
async function boxes(items: Locator) {
  const all = []
  for (const item of await items.all()) all.push((await item.boundingBox())!)
  return all
}
const rowsOf = (list: { y: number }[]) => new Set(list.map((b) => Math.round(b.y))).size

test.describe("layout people notice", () => {
  test("the header knows a maker is signed in, and the /bottega sections fit one row at 1280 px and wrap on a phone", async ({ page }) => {
    const home = new HomePage(page)
    const bottega = new BottegaPage(page)
    const makerLink = home.header.banner.getByRole("link", { name: "La mia bottega" })

    await page.setViewportSize(LAPTOP)
    await home.goto()
    await expect(home.header.cartLink).toBeVisible()
    await expect(makerLink).toHaveCount(0)

    await bottega.goto()
    await bottega.signIn(MAKER.email, MAKER.password)
    await expect(bottega.sections).toBeVisible()
    await home.goto()
    await expect(makerLink).toBeVisible()
    await makerLink.click()
    await expect(bottega.sections).toBeVisible()

    const tabs = bottega.sections.getByRole("link")
    expect(await tabs.count()).toBeGreaterThanOrEqual(8)
    const nav = (await bottega.sections.boundingBox())!
    const wide = await boxes(tabs)
    expect(rowsOf(wide)).toBe(1)
    for (const tab of wide) expect(tab.x + tab.width).toBeLessThanOrEqual(nav.x + nav.width + 0.5)

    await page.setViewportSize(PHONE)
    const narrow = await boxes(tabs)
    expect(rowsOf(narrow)).toBeGreaterThan(1)
    for (const tab of narrow) {
      expect(tab.x).toBeGreaterThanOrEqual(0)
      expect(tab.x + tab.width).toBeLessThanOrEqual(PHONE.width)
    }
    // Nothing hides in a sideways scroll.
    expect(await bottega.sections.getByRole("list").evaluate((ul) => ul.scrollWidth <= ul.clientWidth)).toBe(true)
  })

  test("a volunteer's page on a phone starts with the volunteer's page, not the shop's header", async ({ page }) => {
    await page.setViewportSize(PHONE)
    const home = new HomePage(page)
    const login = new LogisticsLoginPage(page)
    const rounds = new LogisticsRoundsPage(page)

    await home.goto()
    const shopHeader = (await home.header.banner.boundingBox())!

    await login.goto()
    await login.signIn(RIDER.email, RIDER.password)
    await expect(rounds.heading).toBeVisible()
    const header = (await home.header.banner.boundingBox())!
    const title = (await rounds.heading.boundingBox())!
    expect(header.height).toBeLessThan(shopHeader.height / 2)
    expect(header.height).toBeLessThanOrEqual(80)
    expect(title.y).toBeLessThan(200)
    // The shop's search and categories are not there; the network's name and the language are.
    await expect(home.header.searchBox).toBeHidden()
    await expect(home.header.banner.getByRole("link", { name: /Rete del Buon Vivere/ })).toBeVisible()
    await expect(home.header.languageButton("English")).toBeVisible()
  })
})
