import { expect, test } from "@playwright/test"
import { FundPage } from "../pages/fund-page"

test.describe("solidarity fund", () => {
  test("anyone can see the fund's balance and how it was used, from the footer", async ({ page }) => {
    const fund = new FundPage(page)
    await fund.openFromFooter()
    await expect(page).toHaveURL(/\/fondo$/)
    await expect(fund.heading).toBeVisible()
    await expect(fund.balance).toHaveText(/^\d+,\d{2}\s€$/)
    await expect(page.getByText("Nessuna spesa finora.")).toBeVisible()
  })
})
