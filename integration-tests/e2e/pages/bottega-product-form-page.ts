import type { Locator, Page } from "@playwright/test"

export type NewProduct = {
  title: string
  subtitle?: string
  description?: string
  price: string
  stock: string
  /** Chosen by its name; the VAT class comes proposed with it. */
  category: string
  photo?: { name: string; mimeType: string; buffer: Buffer }
}

/** "Nuovo prodotto" in La mia bottega, and the product's page once saved. */
export class BottegaProductFormPage {
  readonly heading: Locator
  readonly photo: Locator
  readonly title: Locator
  readonly subtitle: Locator
  readonly description: Locator
  readonly category: Locator
  readonly vatClass: Locator
  readonly price: Locator
  readonly stock: Locator
  readonly addVariantButton: Locator
  readonly saveButton: Locator
  readonly savedMessage: Locator
  readonly viewInShopLink: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole("main")
    this.heading = page.getByRole("heading", { level: 1, name: "Nuovo prodotto" })
    this.photo = main.getByLabel("Foto del prodotto")
    this.title = main.getByLabel("Nome del prodotto")
    this.subtitle = main.getByLabel("Formato o peso (facoltativo)")
    this.description = main.getByLabel("Descrizione (facoltativo)")
    this.category = main.getByLabel("Categoria", { exact: true })
    this.vatClass = main.getByLabel("IVA", { exact: true })
    this.price = main.getByLabel("Prezzo in euro, IVA inclusa")
    this.stock = main.getByLabel("Pezzi disponibili", { exact: true })
    this.addVariantButton = main.getByRole("button", { name: "Aggiungi variante" })
    this.saveButton = main.getByRole("button", { name: "Salva il prodotto" })
    this.savedMessage = page.getByRole("status").filter({ hasText: "Prodotto salvato." })
    this.viewInShopLink = main.getByRole("link", { name: "Vedi nel negozio" })
  }

  async goto(): Promise<void> {
    await this.page.goto("/bottega/prodotti/nuovo")
  }

  async create(product: NewProduct): Promise<void> {
    if (product.photo) await this.photo.setInputFiles(product.photo)
    await this.title.fill(product.title)
    if (product.subtitle) await this.subtitle.fill(product.subtitle)
    if (product.description) await this.description.fill(product.description)
    await this.category.selectOption({ label: product.category })
    await this.price.fill(product.price)
    await this.stock.fill(product.stock)
    await this.saveButton.click()
  }
}
