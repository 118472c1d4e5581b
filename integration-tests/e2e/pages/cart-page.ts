import type { Locator, Page } from "@playwright/test"

export class CartPage {
  readonly heading: Locator
  readonly summary: Locator
  readonly total: Locator
  readonly checkoutLink: Locator
  readonly emptyMessage: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Carrello" })
    this.summary = page.getByRole("complementary", { name: "Riepilogo" })
    // The amount next to the "Totale (IVA inclusa)" term.
    this.total = this.summary.getByRole("term").filter({ hasText: "Totale (IVA inclusa)" }).locator("xpath=following-sibling::dd")
    this.checkoutLink = page.getByRole("link", { name: "Vai alla cassa" })
    this.emptyMessage = page.getByText("Il carrello è vuoto.")
  }

  async goto(): Promise<void> {
    await this.page.goto("/carrello")
  }

  /** The section of one maker's products ("Da <maker>"). */
  makerGroup(maker: string): Locator {
    return this.page.getByRole("region", { name: `Da ${maker}` })
  }

  line(title: string): Locator {
    return this.page.getByRole("listitem").filter({ has: this.page.getByRole("heading", { name: title, exact: true }) })
  }

  quantityOf(title: string): Locator {
    return this.page.getByLabel(`Quantità di ${title}`, { exact: true })
  }

  async setQuantity(title: string, quantity: number): Promise<void> {
    await this.quantityOf(title).fill(String(quantity))
    await this.page.getByRole("button", { name: `Aggiorna la quantità di ${title}` }).click()
  }

  async remove(title: string): Promise<void> {
    await this.page.getByRole("button", { name: `Rimuovi ${title} dal carrello` }).click()
  }

  async goToCheckout(): Promise<void> {
    await this.checkoutLink.click()
  }
}
