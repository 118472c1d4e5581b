import type { Locator } from "@playwright/test"

/** The amount of a line of a totals list (`<dl>`) inside `scope`, found by its term ("Prodotti", "di cui IVA"…). */
export function totalsValue(scope: Locator, term: string): Locator {
  return scope
    .locator("dl div")
    .filter({ has: scope.page().getByRole("term").filter({ hasText: term }) })
    .getByRole("definition")
}
