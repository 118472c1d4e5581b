import type { Locator, Page } from "@playwright/test"

/** One of the resident's orders in their account (/account/ordini/:id). */
export class OrderPage {
  readonly cancelSection: Locator
  readonly cancelledNotice: Locator

  constructor(readonly page: Page) {
    this.cancelSection = page.getByRole("region", { name: "Cambiato idea?" })
    this.cancelledNotice = page.getByRole("status").filter({ hasText: "Hai annullato l'ordine." })
  }

  heading(number: number): Locator {
    return this.page.getByRole("heading", { level: 1, name: `Ordine n. ${number}` })
  }

  /** The whole order cancelled, as a resident does it: open the fold, then confirm. */
  async cancel(): Promise<void> {
    await this.cancelSection.getByText("Annulla l'ordine", { exact: true }).click()
    await this.cancelSection.getByRole("button", { name: "Sì, annulla l'ordine" }).click()
  }
}
