import type { Locator, Page } from "@playwright/test"

/** The header on every page: cart link, account link, language switcher, search. */
export class SiteHeader {
  readonly banner: Locator
  readonly cartLink: Locator
  readonly searchBox: Locator

  constructor(readonly page: Page) {
    this.banner = page.getByRole("banner")
    this.cartLink = this.banner.getByRole("link", { name: /^(Carrello|Cart) \(\d+\)$/ })
    this.searchBox = this.banner.getByRole("searchbox")
  }

  languageButton(name: "Italiano" | "English"): Locator {
    return this.banner.getByRole("button", { name })
  }

  async switchLanguage(name: "Italiano" | "English"): Promise<void> {
    await this.languageButton(name).click()
  }

  async openCart(): Promise<void> {
    await this.cartLink.click()
  }
}
