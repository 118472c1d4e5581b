import type { Locator, Page } from "@playwright/test"

export class FundPage {
  readonly heading: Locator
  readonly balance: Locator

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Fondo di solidarietà di quartiere" })
    const balanceHeading = page.getByRole("heading", { name: "Saldo del fondo" })
    // the amount alone (the sentence with the totals since the start also names euros)
    this.balance = page.locator("section", { has: balanceHeading }).getByText(/^[\d.]+,\d{2}\s€$/)
  }

  async goto() {
    await this.page.goto("/fondo")
  }

  async openFromFooter() {
    await this.page.goto("/")
    await this.page.getByRole("contentinfo").getByRole("link", { name: "Il fondo di solidarietà" }).click()
  }
}
