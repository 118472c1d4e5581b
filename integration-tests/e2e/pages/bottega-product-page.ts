import type { Locator, Page } from "@playwright/test"

/** A product's page in La mia bottega: its sizes and prices, price history, details, archive. */
export class BottegaProductPage {
  readonly category: Locator
  readonly vatClass: Locator
  readonly saveDetailsButton: Locator
  readonly savedDetailsMessage: Locator
  readonly newSizeName: Locator
  readonly newSizePrice: Locator
  readonly newSizeStock: Locator
  readonly addSizeButton: Locator
  readonly priceHistory: Locator
  readonly english: Locator
  readonly titleEn: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole("main")
    this.category = main.getByLabel("Categoria", { exact: true })
    this.vatClass = main.getByLabel("IVA", { exact: true })
    this.saveDetailsButton = main.getByRole("button", { name: "Salva le modifiche" })
    this.savedDetailsMessage = page.getByRole("status").filter({ hasText: "Modifiche salvate." })
    this.newSizeName = main.getByLabel("Nome del nuovo formato", { exact: true })
    this.newSizePrice = main.getByLabel("Prezzo del nuovo formato in euro, IVA inclusa", { exact: true })
    this.newSizeStock = main.getByLabel("Pezzi disponibili del nuovo formato", { exact: true })
    this.addSizeButton = main.getByRole("button", { name: "Aggiungi il formato" })
    this.english = main.getByText("In inglese (facoltativo)", { exact: true })
    this.titleEn = main.getByRole("textbox", { name: "Nome in inglese", exact: true })
    this.priceHistory = page.getByRole("region", { name: "Prezzi cambiati" })
  }

  /** `name` is the product's title, or "title – size" when it has several sizes. */
  sizeName(name: string): Locator {
    return this.page.getByRole("textbox", { name: `Nome del formato di ${name}`, exact: true })
  }

  sizeNameEn(name: string): Locator {
    return this.page.getByRole("textbox", { name: `Nome in inglese di ${name}`, exact: true })
  }

  sizePrice(name: string): Locator {
    return this.page.getByRole("textbox", { name: `Prezzo di ${name} in euro, IVA inclusa`, exact: true })
  }

  sizeStock(name: string): Locator {
    return this.page.getByRole("spinbutton", { name: `Pezzi disponibili di ${name}`, exact: true })
  }

  async saveSize(name: string): Promise<void> {
    await this.page.getByRole("button", { name: `Salva ${name}`, exact: true }).click()
  }

  savedSizeMessage(title: string): Locator {
    return this.page.getByRole("status").filter({ hasText: `Salvato: ${title}.` })
  }

  async removeSize(name: string): Promise<void> {
    await this.page.getByRole("button", { name: `Togli dalla vendita ${name}`, exact: true }).click()
  }

  readonly sizeRemovedMessage = (): Locator => this.page.getByText("Formato tolto dalla vendita.", { exact: true })

  addedSizeMessage(title: string): Locator {
    return this.page.getByRole("status").filter({ hasText: `Formato «${title}» aggiunto` })
  }

  async addSize(size: { name: string; price: string; stock: string }): Promise<void> {
    await this.newSizeName.fill(size.name)
    await this.newSizePrice.fill(size.price)
    await this.newSizeStock.fill(size.stock)
    await this.addSizeButton.click()
  }

  /** The option shown as chosen in a select. */
  chosen(select: Locator): Locator {
    return select.locator("option:checked")
  }
}
