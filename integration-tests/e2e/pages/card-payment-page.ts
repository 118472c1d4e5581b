import type { Locator, Page } from "@playwright/test"

/** The checkout's payment step when cards are offered: the choice, Stripe's Payment Element, 3-D Secure. */
export class CardPaymentPage {
  readonly paymentStep: Locator
  readonly payOnDelivery: Locator
  readonly cardChoice: Locator
  readonly cardNumber: Locator
  readonly payButton: Locator
  readonly threeDSecure: Locator
  readonly authorize: Locator
  readonly failure: Locator

  constructor(readonly page: Page) {
    this.paymentStep = page.getByRole("region", { name: "4. Pagamento" })
    this.payOnDelivery = this.paymentStep.getByRole("radio", { name: "Pagamento alla consegna / al ritiro" })
    this.cardChoice = this.paymentStep.getByRole("radio", { name: "Carta di pagamento" })
    this.cardNumber = this.paymentStep.getByLabel("Numero della carta")
    this.payButton = this.paymentStep.getByRole("button", { name: "Paga con la carta" })
    this.threeDSecure = page.getByRole("dialog", { name: "Verifica 3-D Secure" })
    this.authorize = this.threeDSecure.getByRole("button", { name: "Autorizza" })
    this.failure = this.paymentStep.getByRole("alert").filter({ hasText: "Il pagamento non è andato a buon fine" })
  }

  async payByCard(number: string): Promise<void> {
    await this.cardChoice.check()
    await this.cardNumber.fill(number)
    await this.payButton.click()
  }
}
