import type { Locator, Page } from "@playwright/test"
import { fillAddress, type CheckoutAddress } from "./checkout-page"

/** «I tuoi indirizzi» (/account/indirizzi): a card per saved address, the default first, and the form that adds one. */
export class AddressBookPage {
  readonly heading: Locator
  readonly addSection: Locator
  readonly entries: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "I tuoi indirizzi" })
    this.addSection = page.getByRole("region", { name: "Aggiungi un indirizzo" })
    this.entries = page.getByRole("main").getByRole("article")
  }

  async goto(): Promise<void> {
    await this.page.goto("/account/indirizzi")
  }

  /** A saved address's card, by the name it was given. */
  entry(name: string): Locator {
    return this.page.getByRole("article", { name: new RegExp(`^${name}`) })
  }

  /** The cards' headings in order ("Lavoro Predefinito", "Casa"). */
  async names(): Promise<string[]> {
    return (await this.entries.getByRole("heading", { level: 2 }).allInnerTexts()).map((n) => n.replace(/\s+/g, " ").trim())
  }

  async add(name: string, address: CheckoutAddress, asDefault: boolean): Promise<void> {
    await this.addSection.getByLabel("Nome dell'indirizzo (facoltativo)").fill(name)
    await fillAddress(this.addSection, address)
    await this.addSection.getByRole("checkbox", { name: /predefinito/ }).setChecked(asDefault)
    await this.addSection.getByRole("button", { name: "Aggiungi l'indirizzo" }).click()
  }

  async makeDefault(name: string): Promise<void> {
    await this.page.getByRole("button", { name: `Rendi predefinito: ${name}`, exact: true }).click()
  }

  /** Opens «Elimina» on a card: what deleting it changes, and the button that does. */
  async openRemove(name: string): Promise<Locator> {
    const summary = this.page.locator("summary", { hasText: /^Elimina/ })
    await this.entry(name).locator(summary).click()
    return this.entry(name).getByRole("group").filter({ has: summary })
  }

  async remove(name: string): Promise<void> {
    await (await this.openRemove(name)).getByRole("button", { name: `Sì, elimina: ${name}`, exact: true }).click()
  }

  /** Opens «Modifica» on a card: the form of that address. */
  async edit(name: string): Promise<Locator> {
    const card = this.entry(name)
    await card.getByText(`Modifica: ${name}`, { exact: true }).click()
    return card
  }
}
