import type { Locator, Page } from "@playwright/test"

/** /account/spesa-fissa: the resident's weekly baskets, and making one from the cart. */
export class BasketPage {
  readonly heading: Locator
  readonly makeButton: Locator
  readonly made: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Spesa fissa" })
    this.makeButton = page.getByRole("button", { name: "Rendi fissa questa spesa" })
    // Once made, the page says the cart is that basket (and no longer offers to make it again).
    this.made = page.getByRole("status").filter({ hasText: /^Il carrello è la tua spesa fissa n\. 1/ })
  }

  /** One basket's section ("Spesa fissa n. 1"). */
  basket(number: number): Locator {
    return this.page.getByRole("region", { name: `Spesa fissa n. ${number}` })
  }

  /** «Il prossimo ordine»: what a basket becomes in the next round it goes into. */
  pendingOrder(number: number): Locator {
    return this.basket(number).getByRole("region", { name: /^Il prossimo ordine: giro / })
  }

  /** «Paga con carta salvata»: Stripe's Payment Element (the local fake's) takes the card, which is saved for the basket. */
  async saveCard(number: number, card: string): Promise<void> {
    const basket = this.basket(number)
    await basket.getByRole("button", { name: /^(Paga con carta salvata|Usa un'altra carta)$/ }).click()
    await basket.getByLabel("Numero della carta").fill(card)
    await basket.getByRole("button", { name: "Salva la carta per la spesa fissa" }).click()
  }

  /** «Le tue carte salvate». */
  get savedCards(): Locator {
    return this.page.getByRole("region", { name: "Le tue carte salvate" })
  }

  cardSaved(number: number): Locator {
    return this.basket(number).getByRole("status").filter({ hasText: "Carta salvata: da ora la spesa fissa si paga con questa carta." })
  }

  async chooseCadence(name: "Ogni giro" | "Un giro sì e uno no" | "Una volta al mese"): Promise<void> {
    await this.page.getByRole("radio", { name }).check()
  }
}
