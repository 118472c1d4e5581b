import type { Locator, Page } from "@playwright/test"

/** La mia bottega → Estratto conto: totals, one row per order of the period, the CSV download. */
export class StatementPage {
  readonly heading: Locator
  readonly lines: Locator
  readonly downloadLink: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Estratto conto" })
    this.lines = page.getByRole("region", { name: "Ordini del periodo" }).getByRole("table")
    this.downloadLink = page.getByRole("link", { name: "Scarica in CSV" })
  }

  async goto(): Promise<void> {
    await this.page.goto("/bottega/estratto-conto")
  }
}
