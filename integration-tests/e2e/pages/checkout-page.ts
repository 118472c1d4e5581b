import type { Locator, Page } from "@playwright/test"
import { totalsValue } from "./totals"

export type CheckoutAddress = {
  firstName: string
  lastName: string
  street: string
  postalCode: string
  city: string
  province: string
  phone: string
}

/** The recipient fields the checkout and the address book share (AddressFields), filled in `scope`. */
export async function fillAddress(scope: Locator, address: CheckoutAddress): Promise<void> {
  await scope.getByLabel("Nome", { exact: true }).fill(address.firstName)
  await scope.getByLabel("Cognome", { exact: true }).fill(address.lastName)
  await scope.getByLabel("Via e numero civico").fill(address.street)
  await scope.getByLabel("CAP", { exact: true }).fill(address.postalCode)
  await scope.getByLabel("Città", { exact: true }).fill(address.city)
  await scope.getByLabel(/^Provincia/).fill(address.province)
  await scope.getByLabel("Telefono", { exact: true }).fill(address.phone)
}

/** One page, four steps; each step is a region named by its heading. */
export class CheckoutPage {
  readonly heading: Locator
  readonly emailStep: Locator
  readonly addressStep: Locator
  readonly shippingStep: Locator
  readonly paymentStep: Locator
  readonly payOnDelivery: Locator
  readonly confirmButton: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Cassa" })
    this.emailStep = page.getByRole("region", { name: "1. La tua email" })
    this.addressStep = page.getByRole("region", { name: "2. Recapito" })
    this.shippingStep = page.getByRole("region", { name: "3. Consegna o ritiro" })
    this.paymentStep = page.getByRole("region", { name: "4. Pagamento" })
    this.payOnDelivery = this.paymentStep.getByRole("radio", { name: "Pagamento alla consegna / al ritiro" })
    this.confirmButton = this.paymentStep.getByRole("button", { name: "Conferma ordine" })
  }

  async goto(): Promise<void> {
    await this.page.goto("/checkout")
  }

  /** A line of the order summary next to the steps ("Prodotti", "di cui IVA"…): its amount. */
  summaryValue(term: string): Locator {
    return totalsValue(this.page.getByRole("complementary"), term)
  }

  savedIn(step: Locator): Locator {
    return step.getByRole("status").filter({ hasText: "Salvato." })
  }

  async enterEmail(email: string): Promise<void> {
    await this.emailStep.getByLabel("Email").fill(email)
    await this.emailStep.getByRole("button", { name: "Continua" }).click()
  }

  async enterAddress(address: CheckoutAddress): Promise<void> {
    await fillAddress(this.addressStep, address)
    await this.addressStep.getByRole("button", { name: "Continua" }).click()
  }

  /** Collecting at a pickup point: who collects and a phone, no street. */
  async enterPickupContact(person: Pick<CheckoutAddress, "firstName" | "lastName" | "phone">): Promise<void> {
    const step = this.addressStep
    await step.getByRole("radio", { name: "Lo ritiro in un punto della Rete" }).check()
    await step.getByLabel("Nome", { exact: true }).fill(person.firstName)
    await step.getByLabel("Cognome", { exact: true }).fill(person.lastName)
    await step.getByLabel("Telefono", { exact: true }).fill(person.phone)
    await step.getByRole("button", { name: "Continua" }).click()
  }

  shippingOption(name: string | RegExp): Locator {
    return this.shippingStep.getByRole("radio", { name })
  }

  /** Home-delivery rounds are listed first and are the ones with a fee. */
  homeRound(slot: RegExp = /17:00–20:00/): Locator {
    return this.shippingStep.getByRole("radio", { name: new RegExp(`${slot.source}.*€`) }).first()
  }

  async chooseHomeRound(slot?: RegExp): Promise<void> {
    await this.homeRound(slot).check()
    await this.shippingStep.getByRole("button", { name: "Continua" }).click()
  }

  async chooseShipping(name: string | RegExp): Promise<void> {
    await this.shippingOption(name).check()
    await this.shippingStep.getByRole("button", { name: "Continua" }).click()
  }

  async confirmPayingOnDelivery(): Promise<void> {
    await this.payOnDelivery.check()
    await this.confirmButton.click()
  }
}
