import type { Locator, Page } from "@playwright/test"
import { SiteHeader } from "./site-header"

export class ProductPage {
  readonly header: SiteHeader
  readonly heading: Locator
  readonly price: Locator
  readonly vatNote: Locator
  readonly stock: Locator
  readonly quantity: Locator
  readonly addToCartButton: Locator
  readonly addedMessage: Locator

  constructor(readonly page: Page) {
    this.header = new SiteHeader(page)
    this.heading = page.getByRole("heading", { level: 1 })
    this.price = page.getByText(/\d+,\d{2}\s€/).first()
    this.vatNote = page.getByText("IVA inclusa", { exact: true })
    this.stock = page.getByText(/^(Disponibile|Ultimi pezzi|Esaurito)$/)
    this.quantity = page.getByLabel("Quantità", { exact: true })
    this.addToCartButton = page.getByRole("button", { name: "Aggiungi al carrello" })
    this.addedMessage = page.getByRole("status").filter({ hasText: "Aggiunto al carrello." })
  }

  /** The "di {maker}" link under the title, to the maker's page. */
  makerLink(makerName: string): Locator {
    return this.page.getByRole("main").getByRole("link", { name: `di ${makerName}`, exact: true })
  }

  image(title: string): Locator {
    return this.page.getByRole("img", { name: `${title}, foto 1` })
  }

  async goto(handle: string): Promise<void> {
    await this.page.goto(`/prodotti/${handle}`)
  }

  /** The radios of one option ("Formato": "500 g", "1 kg"), in the order the page shows them. */
  optionRadios(group: string): Locator {
    return this.page.getByRole("group", { name: group }).getByRole("radio")
  }

  async chooseOption(group: string, value: string): Promise<void> {
    await this.page.getByRole("group", { name: group }).getByRole("radio", { name: value }).check()
  }

  async addToCart(quantity = 1): Promise<void> {
    await this.quantity.fill(String(quantity))
    await this.addToCartButton.click()
  }
}
