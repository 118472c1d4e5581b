import type { Locator, Page } from "@playwright/test"

export class AccountPage {
  readonly heading: Locator
  readonly ordersHeading: Locator
  readonly logoutButton: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Il tuo account" })
    this.ordersHeading = page.getByRole("heading", { level: 2, name: "I tuoi ordini" })
    this.logoutButton = page.getByRole("button", { name: "Esci" })
  }

  greeting(name: string): Locator {
    return this.page.getByText(`Ciao ${name}!`)
  }

  async logout(): Promise<void> {
    await this.logoutButton.click()
  }
}
