import type { Locator, Page } from "@playwright/test"

/** The optional round-up for the solidarity fund, in the payment step of the checkout. */
export class RoundUpPanel {
  readonly group: Locator
  readonly toNextEuro: Locator
  readonly oneEuro: Locator
  readonly confirm: Locator
  readonly saved: Locator
  readonly orderBreakdown: Locator

  constructor(page: Page) {
    this.group = page.getByRole("group", { name: "Arrotonda per il fondo di solidarietà" })
    this.toNextEuro = this.group.getByRole("radio", { name: /^Arrotonda a / })
    this.oneEuro = this.group.getByRole("radio", { name: "Aggiungi 1,00 €" })
    this.confirm = page.getByRole("button", { name: "Conferma", exact: true })
    this.saved = page.getByRole("status").filter({ hasText: "Arrotondamento salvato" })
    this.orderBreakdown = page.getByRole("region", { name: "Prezzo trasparente dell'ordine" })
  }

  async choose(option: Locator) {
    await option.check()
    await this.confirm.click()
  }
}
