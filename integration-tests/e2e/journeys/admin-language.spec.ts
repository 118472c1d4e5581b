import { expect, test } from "@playwright/test"
import { coordinator } from "../../../backend/src/scripts/demo-district/coordinators"
import { MEDUSA_URL } from "../../playwright.config"

// The network's coordinators work in Italian: Medusa's admin ships an Italian translation, and
// a browser that has never chosen a language opens it in Italian; the network's own pages follow
// the admin's language.
test.describe("Medusa admin in Italian", () => {
  test("a coordinator's first visit opens the admin in Italian, and a language chosen later stays", async ({ page, context }) => {
    // Two languages, the makers' page and a product's maker card: more pages than one journey's default time.
    test.setTimeout(180_000)
    await page.goto(`${MEDUSA_URL}/app`)
    await expect(page.getByRole("heading", { name: "Benvenuto in Medusa" })).toBeVisible()
    await page.getByPlaceholder("Email").fill(coordinator.email)
    await page.getByPlaceholder("Password").fill(coordinator.password)
    await page.getByRole("button", { name: "Continua con Email" }).click()

    await expect(page.getByRole("link", { name: "Ordini" }).first()).toBeVisible()
    await expect(page.getByRole("link", { name: "Prodotti" }).first()).toBeVisible()
    await expect(page.getByRole("link", { name: "Artigiani", exact: true })).toBeVisible()
    await page.getByRole("link", { name: "Artigiani", exact: true }).click()
    await expect(page.getByRole("heading", { name: "Artigiani della Rete" })).toBeVisible()
    await page.screenshot({ path: test.info().outputPath("admin-italian.png"), fullPage: true })

    // @rbv/vendors' card on Medusa's product page: whose product it is…
    await page.goto(`${MEDUSA_URL}/app/products?q=Pagnotta`)
    await page.getByText("Pagnotta di lievito madre", { exact: true }).first().click()
    const makerCard = page.locator("div").filter({ has: page.getByRole("heading", { name: "Artigiano", exact: true }) }).last()
    await expect(makerCard.getByText("Forno San Nazaro")).toBeVisible()
    await expect(makerCard.getByText("(forno-san-nazaro)")).toBeVisible()
    await expect(makerCard.getByText("Approvato", { exact: true })).toBeVisible()
    // Medusa 2.21 puts a widget at the end of its column (the coordinator may move it): the page scrolls inside.
    await makerCard.scrollIntoViewIfNeeded()
    await page.screenshot({ path: test.info().outputPath("admin-product-maker.png") })
    // …and a failed read says so instead of "no workshop linked".
    await page.route(/\/admin\/products\/prod_[^/?]+\?fields=id,vendor/, (route) => route.fulfill({ status: 503, json: { message: "down" } }))
    await page.reload()
    await expect(makerCard.getByRole("alert")).toHaveText(/^Non è stato possibile leggere l'artigiano: /)
    await expect(makerCard.getByText("Nessuna bottega collegata")).toHaveCount(0)
    await page.unroute(/\/admin\/products\/prod_/)

    // The profile's choice (the dashboard writes `lng`) is not overridden on the next visit.
    await context.addCookies([{ name: "lng", value: "en", url: MEDUSA_URL }])
    await page.evaluate(() => window.localStorage.setItem("lng", "en"))
    await page.goto(`${MEDUSA_URL}/app/orders`)
    await expect(page.getByRole("link", { name: "Orders" }).first()).toBeVisible()
    // …and the network's own pages follow it (their translations ship with the plugins).
    await expect(page.getByRole("link", { name: "Makers", exact: true })).toBeVisible()
    await expect(page.getByRole("link", { name: "Artigiani", exact: true })).toHaveCount(0)
    await page.getByRole("link", { name: "Makers", exact: true }).click()
    await expect(page.getByRole("heading", { name: "The network's makers" })).toBeVisible()
    await expect(page.getByRole("tab", { name: "Pending" })).toBeVisible()
    await page.getByRole("link", { name: "Brand and fund", exact: true }).click()
    await expect(page.getByRole("heading", { name: "Brand and solidarity fund" })).toBeVisible()
    await page.getByRole("tab", { name: "Brand charter" }).click()
    await expect(page.getByRole("button", { name: "Save draft" })).toBeVisible()
    await page.screenshot({ path: test.info().outputPath("admin-english.png"), fullPage: true })
    // The other pages are made of the same pieces (@rbv/kit/admin-ui): title, tabs, tables with their columns.
    await page.getByRole("link", { name: "Delivery rounds", exact: true }).click()
    await expect(page.getByRole("heading", { level: 1, name: "Delivery rounds" })).toBeVisible()
    await expect(page.getByRole("columnheader", { name: "Orders by" })).toBeVisible()
    await page.getByRole("tab", { name: "Volunteers" }).click()
    await expect(page.getByRole("columnheader", { name: "Access" })).toBeVisible()
    await page.getByRole("link", { name: "Makers' payouts", exact: true }).click()
    await expect(page.getByRole("heading", { level: 1, name: "Payouts to makers" })).toBeVisible()
    await expect(page.getByRole("tab", { name: "All" })).toHaveAttribute("aria-selected", "true")
    await expect(page.getByRole("heading", { level: 2, name: "Bank transfers" })).toBeVisible()
    await expect(page.getByRole("columnheader", { name: "Reconciled" })).toBeVisible()
  })
})
