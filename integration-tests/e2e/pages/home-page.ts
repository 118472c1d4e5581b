import type { Locator, Page } from "@playwright/test"
import { ProductPage } from "./product-page"
import { SiteHeader } from "./site-header"

export type ProductTeaser = { title: string; maker: string; href: string }

export class HomePage {
  readonly header: SiteHeader
  readonly heading: Locator
  readonly featured: Locator
  readonly makers: Locator

  constructor(readonly page: Page) {
    this.header = new SiteHeader(page)
    this.heading = page.getByRole("heading", { level: 1 })
    this.featured = page.getByRole("region", { name: /^(In evidenza|Featured)$/ })
    this.makers = page.getByRole("region", { name: /^(Gli artigiani della rete|The network's makers)$/ })
  }

  async goto(): Promise<void> {
    await this.page.goto("/")
  }

  /** Featured products as a visitor reads them: title and "di <maker>". */
  async featuredProducts(): Promise<ProductTeaser[]> {
    const cards = this.featured.getByRole("article")
    const teasers: ProductTeaser[] = []
    for (const card of await cards.all()) {
      const link = card.getByRole("heading").getByRole("link")
      const title = (await link.innerText()).trim()
      const href = (await link.getAttribute("href")) ?? ""
      const byLine = (await card.getByText(/^(di|by) /).innerText()).trim()
      teasers.push({ title, maker: byLine.replace(/^(di|by) /, ""), href })
    }
    return teasers
  }

  /**
   * Opens the candidates' pages in turn and stays on the first one whose default choice is
   * plentiful ("Disponibile"), so a reused demo district with sold-out pieces still works.
   */
  async openFirstPlentiful(candidates: ProductTeaser[]): Promise<ProductTeaser | null> {
    const product = new ProductPage(this.page)
    for (const candidate of candidates) {
      await this.page.goto(candidate.href)
      if ((await product.stock.innerText()) === "Disponibile") return candidate
    }
    return null
  }

  async openProduct(title: string): Promise<void> {
    await this.page.getByRole("link", { name: title, exact: true }).first().click()
  }
}
