import type { Page } from "@playwright/test"

export class FundPage {
  constructor(private readonly page: Page) {}

  readonly heading = this.page.getByRole("heading", { level: 1, name: "Fondo di solidarietà di quartiere" })
  readonly balanceHeading = this.page.getByRole("heading", { name: "Saldo del fondo" })
  readonly balance = this.page.locator("section", { has: this.balanceHeading }).getByText(/€/)

  async openFromFooter() {
    await this.page.goto("/")
    await this.page.getByRole("contentinfo").getByRole("link", { name: "Il fondo di solidarietà" }).click()
  }
}
