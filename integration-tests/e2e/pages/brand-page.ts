import type { Locator, Page } from "@playwright/test"

/** /marchio: the charter in force, the certified workshops, a few of the brand's products and the way to the rest, by category. */
export class BrandPage {
  readonly heading: Locator
  readonly criteria: Locator
  readonly makers: Locator
  readonly products: Locator
  readonly categories: Locator

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Il marchio Rete del Buon Vivere" })
    this.criteria = page.getByRole("region", { name: "I criteri della carta" }).getByRole("listitem")
    this.makers = page.getByRole("region", { name: "Botteghe certificate" }).getByRole("listitem")
    const products = page.getByRole("region", { name: "Prodotti del marchio" })
    this.products = products.getByRole("article")
    this.categories = products.getByRole("list", { name: /per categoria/ }).getByRole("link")
  }

  async goto() {
    await this.page.goto("/marchio")
  }
}
