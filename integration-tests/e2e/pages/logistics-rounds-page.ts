import type { Locator, Page } from "@playwright/test"

/** /logistica: the volunteer's rounds. */
export class LogisticsRoundsPage {
  readonly heading: Locator
  readonly roundLinks: Locator
  readonly signOut: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole("main")
    this.heading = page.getByRole("heading", { level: 1, name: "I miei giri" })
    this.roundLinks = main.getByRole("listitem").getByRole("heading", { level: 2 }).getByRole("link")
    this.signOut = main.getByRole("button", { name: "Esci" })
  }

  async goto(): Promise<void> {
    await this.page.goto("/logistica")
  }

  /** A round's card in the list, found by the round's name. */
  round(name: string | RegExp): Locator {
    return this.page.getByRole("main").getByRole("listitem").filter({ has: this.page.getByRole("heading", { level: 2, name }) })
  }
}
