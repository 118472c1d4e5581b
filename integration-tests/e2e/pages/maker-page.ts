import type { Locator, Page } from "@playwright/test"

/** One maker's page (/artigiani/[handle]): story, where to find them, closure notice, products. */
export class MakerPage {
  readonly heading: Locator
  readonly storyHeading: Locator
  readonly whereSection: Locator
  readonly mapLink: Locator
  readonly productsSection: Locator
  readonly closureNotice: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 })
    this.storyHeading = page.getByRole("heading", { level: 2, name: "La storia" })
    this.whereSection = page.getByRole("region", { name: "Dove trovarci" })
    this.mapLink = page.getByRole("link", { name: /Apri la posizione su OpenStreetMap/ })
    this.productsSection = page.getByRole("region", { name: "I prodotti" })
    this.closureNotice = page.getByRole("note").filter({ hasText: /^Chiuso per ferie fino al/ })
  }

  async goto(handle: string): Promise<void> {
    await this.page.goto(`/artigiani/${handle}`)
  }

  product(title: string): Locator {
    return this.productsSection.getByRole("link", { name: title, exact: true })
  }
}
