import type { Locator, Page } from "@playwright/test"

export class LoginPage {
  readonly heading: Locator
  readonly email: Locator
  readonly password: Locator
  readonly submit: Locator
  readonly error: Locator
  /** Why a signed-in browser finds itself at the sign-in: its login's password was changed elsewhere. */
  readonly sessionEnded: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Accedi" })
    this.email = page.getByRole("main").getByLabel("Email", { exact: true })
    this.password = page.getByRole("main").getByLabel("Password", { exact: true })
    this.submit = page.getByRole("main").getByRole("button", { name: "Accedi" })
    this.error = page.getByRole("alert").filter({ hasText: "Email o password non corrette." })
    this.sessionEnded = page.getByRole("status").filter({ hasText: "La password di questo accesso è stata cambiata, qui o su un altro dispositivo" })
  }

  async goto(): Promise<void> {
    await this.page.goto("/account/accesso")
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email)
    await this.password.fill(password)
    await this.submit.click()
  }
}
