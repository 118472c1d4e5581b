import type { Locator, Page } from "@playwright/test"
import { totalsValue } from "./totals"

export class OrderConfirmationPage {
  readonly heading: Locator
  readonly orderNumber: Locator
  readonly items: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Grazie, ordine ricevuto!" })
    this.orderNumber = page.getByText(/^Ordine n\. \d+$/)
    this.items = page.getByRole("region", { name: "Articoli" })
  }

  /** A line of the order's totals ("Totale", "di cui IVA"…): its amount. */
  totalsValue(term: string): Locator {
    return totalsValue(this.page.getByRole("main"), term)
  }

  /** The order number shown to the resident ("Ordine n. 12" → 12): Medusa's `display_id`. */
  async displayedOrderNumber(): Promise<number> {
    const text = await this.orderNumber.innerText()
    const match = /(\d+)/.exec(text)
    if (!match) throw new Error(`No order number in "${text}"`)
    return Number(match[1])
  }
}
