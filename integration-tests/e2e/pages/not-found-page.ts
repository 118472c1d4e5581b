import type { Locator, Page } from "@playwright/test"

export class NotFoundPage {
  readonly heading: Locator
  readonly homeLink: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Pagina non trovata" })
    this.homeLink = page.getByRole("main").getByRole("link", { name: "Torna alla home" })
  }
}
