import type { Locator, Page } from "@playwright/test"

/** La mia bottega (/bottega): the artisans' sign-in, the application's status and the overview. */
export class BottegaPage {
  readonly heading: Locator
  readonly email: Locator
  readonly password: Locator
  readonly signInButton: Locator
  readonly wrongCredentials: Locator
  readonly sections: Locator
  readonly signOutButton: Locator
  readonly pendingHeading: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole("main")
    this.heading = page.getByRole("heading", { level: 1, name: "La mia bottega" })
    this.email = main.getByLabel("Email", { exact: true })
    this.password = main.getByLabel("Password", { exact: true })
    this.signInButton = main.getByRole("button", { name: "Accedi alla bottega" })
    this.wrongCredentials = page.getByRole("alert").filter({ hasText: "Email o password non corrette." })
    this.sections = page.getByRole("navigation", { name: "Sezioni della mia bottega" })
    this.signOutButton = main.getByRole("button", { name: "Esci" })
    this.pendingHeading = page.getByRole("heading", { level: 1, name: "La tua candidatura è in attesa di approvazione" })
  }

  async goto(): Promise<void> {
    await this.page.goto("/bottega")
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email)
    await this.password.fill(password)
    await this.signInButton.click()
  }

  /** The inline stock field of a product (or "product – variant") in the products list. */
  stockField(name: string): Locator {
    return this.page.getByRole("spinbutton", { name: `Pezzi disponibili di ${name}`, exact: true })
  }

  stockSavedMessage(quantity: number): Locator {
    return this.page.getByRole("status").filter({ hasText: `Salvato: ${quantity} pezzi.` })
  }

  async setStock(name: string, quantity: number): Promise<void> {
    await this.stockField(name).fill(String(quantity))
    await this.page.getByRole("button", { name: `Salva i pezzi di ${name}`, exact: true }).click()
  }

  productLink(title: string): Locator {
    return this.page.getByRole("main").getByRole("link", { name: title, exact: true })
  }

  /** A packing list in "Ordini", named "Ordine n. {number} — {first} {last}". */
  packingList(label: string): Locator {
    return this.page.getByRole("article", { name: label })
  }

  /** What the page says on a packing list just changed (it may have moved to another list). */
  doneMessage(list: Locator, text: string): Locator {
    return list.getByRole("status").filter({ hasText: text })
  }

  async markReady(label: string): Promise<void> {
    await this.page.getByRole("button", { name: `Segna come pronto: ${label}`, exact: true }).click()
  }

  async markNotReady(label: string): Promise<void> {
    await this.page.getByRole("button", { name: `Non è ancora pronto: ${label}`, exact: true }).click()
  }

  /** "Non posso preparare questo ordine": the reason the resident reads, then "Annulla la mia parte". */
  async cancelPart(label: string, reason: string): Promise<void> {
    const list = this.packingList(label)
    await list.getByText("Non posso preparare questo ordine", { exact: true }).click()
    await list.getByLabel("Il motivo (lo legge il residente)").fill(reason)
    await list.getByRole("button", { name: `Annulla la mia parte: ${label}`, exact: true }).click()
  }

  toPrepareSection(): Locator {
    return this.page.getByRole("region", { name: "Da preparare" })
  }

  readySection(): Locator {
    return this.page.getByRole("region", { name: "Pronti" })
  }

  cancelledSection(): Locator {
    return this.page.getByRole("region", { name: "Annullati" })
  }

  section(name: "Riepilogo" | "Ordini" | "Prodotti" | "Profilo" | "Membri" | "Estratto conto"): Locator {
    return this.sections.getByRole("link", { name, exact: true })
  }
}
