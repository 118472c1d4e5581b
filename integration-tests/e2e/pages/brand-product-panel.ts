import type { Locator, Page } from "@playwright/test"

/** On a product page: the brand mark with the criteria met, and the transparent price. */
export class BrandProductPanel {
  readonly mark: Locator
  readonly criteria: Locator
  readonly breakdown: Locator
  readonly breakdownParts: Locator
  /** "Dove vanno gli 11,50 € di questo prodotto (IVA inclusa):" */
  readonly intro: Locator

  constructor(page: Page) {
    this.mark = page.getByText("Marchio Rete del Buon Vivere")
    this.criteria = page.getByRole("region", { name: "Criteri del marchio rispettati" }).getByRole("listitem")
    this.breakdown = page.getByRole("region", { name: "Prezzo trasparente" })
    this.breakdownParts = this.breakdown.getByRole("listitem")
    this.intro = this.breakdown.getByText(/^Dove vanno /)
  }

  /** Each part of the price as the page says it: "Materie prime" → cents. */
  parts(): Promise<Record<string, number>> {
    return breakdownParts(this.breakdown)
  }
}

/** The parts a transparent price (a product's or an order's) lists: "IVA" → cents. */
export async function breakdownParts(breakdown: Locator): Promise<Record<string, number>> {
  const parts: Record<string, number> = {}
  for (const text of await breakdown.getByRole("listitem").allInnerTexts()) {
    const match = /^(.*):\s*([\d.]+,\d{2})\s€$/.exec(text.trim())
    if (match) parts[match[1]] = Math.round(Number(match[2].replace(/\./g, "").replace(",", ".")) * 100)
  }
  return parts
}
