import type { Locator, Page } from "@playwright/test"

/** La mia bottega → Pagamenti (/bottega/pagamenti). */
export class PayoutsPage {
  readonly heading: Locator
  readonly stripeSection: Locator
  readonly stripeStatus: Locator
  readonly connectButton: Locator
  readonly returnedMessage: Locator
  readonly bankSection: Locator
  readonly iban: Locator
  readonly holder: Locator
  readonly saveIban: Locator
  readonly payoutsSection: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole("main")
    this.heading = page.getByRole("heading", { level: 1, name: "Pagamenti" })
    this.stripeSection = main.getByRole("region", { name: "Conto Stripe" })
    this.stripeStatus = this.stripeSection.getByTestId("stripe-status")
    this.connectButton = this.stripeSection.getByRole("button", { name: /Collega un conto Stripe|Completa i dati su Stripe/ })
    this.returnedMessage = this.stripeSection.getByRole("status").filter({ hasText: "Bentornato da Stripe" })
    this.bankSection = main.getByRole("region", { name: "Bonifico" })
    this.iban = this.bankSection.getByLabel("IBAN", { exact: true })
    this.holder = this.bankSection.getByLabel("Intestatario del conto")
    this.saveIban = this.bankSection.getByRole("button", { name: "Salva IBAN" })
    this.payoutsSection = main.getByRole("region", { name: "Pagamenti ricevuti" })
  }

  async goto(): Promise<void> {
    await this.page.goto("/bottega/pagamenti")
  }

  async saveBankDetails(iban: string, holder: string): Promise<void> {
    await this.iban.fill(iban)
    await this.holder.fill(holder)
    await this.saveIban.click()
  }
}
