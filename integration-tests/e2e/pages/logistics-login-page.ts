import type { Locator, Page } from "@playwright/test"

/** /logistica/accesso: the delivery volunteers' sign-in. */
export class LogisticsLoginPage {
  readonly heading: Locator
  readonly email: Locator
  readonly password: Locator
  readonly submit: Locator
  readonly wrongCredentials: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole("main")
    this.heading = page.getByRole("heading", { level: 1, name: "Accesso logistica" })
    this.email = main.getByLabel("Email", { exact: true })
    this.password = main.getByLabel("Password", { exact: true })
    this.submit = main.getByRole("button", { name: "Accedi alla logistica" })
    this.wrongCredentials = page.getByRole("alert").filter({ hasText: "Email o password non corrette." })
  }

  async goto(): Promise<void> {
    await this.page.goto("/logistica/accesso")
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email)
    await this.password.fill(password)
    await this.submit.click()
  }
}
