import type { Locator, Page } from "@playwright/test"

/** La mia bottega → Carta del marchio: the adherence form and the products' claims. */
export class BrandCharterPage {
  readonly heading: Locator
  readonly status: Locator
  readonly submit: Locator
  readonly sent: Locator
  readonly claims: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Adesione alla carta del marchio" })
    this.status = page.getByRole("status").first()
    this.submit = page.getByRole("button", { name: "Invia l'adesione" })
    this.sent = page.getByRole("status").filter({ hasText: "Adesione inviata al coordinamento." })
    this.claims = page.getByRole("region", { name: "I tuoi prodotti nel marchio" })
  }

  async openFromNavigation() {
    await this.page.getByRole("navigation", { name: "Sezioni della mia bottega" }).getByRole("link", { name: "Carta del marchio" }).click()
  }

  evidence(criterion: string): Locator {
    return this.page.getByRole("textbox", { name: `Come rispetti questo criterio: ${criterion}`, exact: true })
  }

  fieldError(criterion: string): Locator {
    return this.page.getByRole("group", { name: criterion, exact: true }).getByText("Scrivi almeno 10 caratteri su come rispetti questo criterio.")
  }

  criterionOf(product: string, criterion: string): Locator {
    return this.claims.getByRole("group", { name: `Criteri rispettati da ${product}` }).getByRole("checkbox", { name: criterion })
  }

  materials(product: string): Locator {
    return this.claims.getByRole("textbox", { name: `Materie prime (€) · ${product}` })
  }

  async saveClaims(product: string) {
    await this.claims.getByRole("button", { name: `Salva ${product}` }).click()
  }
}
