import type { Locator, Page } from "@playwright/test"

/** /cerca: the search field with its suggestions, and the results. */
export class SearchPage {
  readonly heading: Locator
  readonly field: Locator
  readonly suggestions: Locator
  readonly results: Locator
  readonly status: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 })
    this.field = page.getByRole("combobox", { name: /Cosa cerchi\?|What are you looking for\?/ })
    this.suggestions = page.getByRole("listbox", { name: /Suggerimenti|Suggestions/ })
    this.results = page.getByRole("main").getByRole("heading", { level: 2 })
    this.status = page.getByRole("main").getByRole("status")
  }

  async goto(q?: string): Promise<void> {
    await this.page.goto(q ? `/cerca?q=${encodeURIComponent(q)}` : "/cerca")
  }

  suggestion(name: string | RegExp): Locator {
    return this.suggestions.getByRole("option", { name })
  }

  async submit(): Promise<void> {
    await this.field.press("Enter")
  }
}
