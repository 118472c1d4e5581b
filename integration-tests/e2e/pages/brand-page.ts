import type { Locator, Page } from "@playwright/test"

/** /marchio: the charter in force, the certified workshops, the brand's products. */
export class BrandPage {
  readonly heading: Locator
  readonly criteria: Locator
  readonly makers: Locator

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Il marchio Rete del Buon Vivere" })
    this.criteria = page.getByRole("region", { name: "I criteri della carta" }).getByRole("listitem")
    this.makers = page.getByRole("region", { name: "Botteghe certificate" }).getByRole("listitem")
  }

  async goto() {
    await this.page.goto("/marchio")
  }
}
