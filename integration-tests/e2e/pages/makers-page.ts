import type { Locator, Page } from "@playwright/test"

/** "Gli artigiani" (/artigiani): the directory of approved makers. */
export class MakersPage {
  readonly heading: Locator
  readonly makerLinks: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Gli artigiani" })
    this.makerLinks = page.getByRole("main").getByRole("listitem").getByRole("heading", { level: 2 }).getByRole("link")
  }

  async goto(): Promise<void> {
    await this.page.goto("/artigiani")
  }

  maker(name: string): Locator {
    return this.page.getByRole("main").getByRole("link", { name, exact: true })
  }
}
