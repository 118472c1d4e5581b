import { expect, test } from "@playwright/test"
import { FundPage } from "../pages/fund-page"

test.describe("solidarity fund", () => {
  test("anyone can see the fund's balance and how it was used, from the footer", async ({ page }) => {
    const fund = new FundPage(page)
    await fund.openFromFooter()
    await expect(page).toHaveURL(/\/fondo$/)
    await expect(fund.heading).toBeVisible()
    await expect(fund.balance).toHaveText(/^[\d.]+,\d{2}\s€$/)
    // the demo district's months of history, with what the coordinators paid for
    await expect(page.getByRole("row")).not.toHaveCount(1)
    await expect(page.getByText(/Doposcuola Veronetta: Merende/)).toBeVisible()
    await expect(page.getByText(/^Dall'inizio: .* dagli arrotondamenti dei residenti/)).toBeVisible()
  })
})
