import { expect, type Locator, type Page } from "@playwright/test"

export class AccountPage {
  readonly heading: Locator
  readonly ordersHeading: Locator
  readonly logoutButton: Locator
  readonly ordersTable: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Il tuo account" })
    this.ordersHeading = page.getByRole("heading", { level: 2, name: "I tuoi ordini" })
    this.logoutButton = page.getByRole("button", { name: "Esci" })
    this.ordersTable = page.getByRole("region", { name: "I tuoi ordini" }).getByRole("table")
  }

  /** The rows of the order list (header row excluded). */
  get orderRows(): Locator {
    return this.ordersTable.getByRole("row").filter({ has: this.page.getByRole("rowheader") })
  }

  /** The row of one order, found by the number the resident was given ("Ordine n. 12"). */
  orderRow(number: number): Locator {
    return this.orderRows.filter({ has: this.page.getByRole("link", { name: `Ordine n. ${number}`, exact: true }) })
  }

  greeting(name: string): Locator {
    return this.page.getByText(`Ciao ${name}!`)
  }

  /** A new resident's account, from the registration page. */
  async register(person: { firstName: string; lastName: string; email: string; password: string }): Promise<void> {
    await this.page.goto("/account/registrazione")
    const main = this.page.getByRole("main")
    await main.getByLabel("Nome", { exact: true }).fill(person.firstName)
    await main.getByLabel("Cognome", { exact: true }).fill(person.lastName)
    await main.getByLabel("Email", { exact: true }).fill(person.email)
    await main.getByLabel("Password", { exact: true }).fill(person.password)
    await main.getByRole("button", { name: "Crea account" }).click()
  }

  /**
   * Signs out and waits until the shop says so (home page, «Accedi» in the header): the sign-out is a
   * server action, and a page opened before it has answered still finds her signed in.
   */
  async logout(): Promise<void> {
    await this.logoutButton.click()
    await expect(this.page).toHaveURL(/\/$/)
    await expect(this.page.getByRole("banner").getByRole("link", { name: "Accedi" })).toBeVisible()
  }
}
