import type { Locator, Page } from "@playwright/test"

/** /logistica/giri/[id]: a round's facts, plan, map and stops. */
export class LogisticsRoundPage {
  readonly main: Locator
  readonly status: Locator
  readonly totals: Locator
  readonly route: Locator
  readonly planButton: Locator
  readonly replanButton: Locator
  readonly planned: Locator
  readonly savedDistance: Locator
  readonly savingLabel: Locator
  readonly lockToggle: Locator
  readonly startButton: Locator
  readonly startNote: Locator
  readonly makersNotReady: Locator
  readonly map: Locator
  readonly stops: Locator
  readonly stopCards: Locator
  readonly sheetLink: Locator
  readonly runLink: Locator
  readonly backToRounds: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole("main")
    // The round's status, one of its Italian names (with what comes next), shown next to "Stato".
    this.status = this.main
      .getByRole("definition")
      .filter({ hasText: /^(aperto agli ordini|chiuso agli ordini — pronto da pianificare|pianificato — pronto a partire|in consegna|completato|annullato)$/ })
    this.totals = this.main.getByRole("region", { name: "In sintesi" })
    this.route = this.main.getByRole("region", { name: "Percorso" })
    this.planButton = this.main.getByRole("button", { name: "Pianifica il giro" })
    this.replanButton = this.main.getByRole("button", { name: "Ripianifica il giro" })
    this.planned = page.getByRole("status").filter({ hasText: "Giro pianificato" })
    this.savedDistance = this.route.getByRole("definition").filter({ hasText: "%" })
    // Kilometres saved by pooling, or (when pooling comes out longer) the extra kilometres.
    this.savingLabel = this.route.getByRole("term").filter({ hasText: /^(Strada risparmiata|Strada in più rispetto alle consegne separate)$/ })
    this.lockToggle = this.main.getByText("Sposta o blocca fermate")
    this.startButton = this.main.getByRole("button", { name: "Inizia il giro" })
    // What the rider is told before starting (the round's day not come, goods not ready).
    this.startNote = this.main.getByRole("note")
    this.makersNotReady = this.main.getByText(/^Non ancora pronto · \d+\/\d+$/)
    this.map = this.main.getByRole("region", { name: /^Mappa del giro/ })
    this.stops = this.main.getByRole("region", { name: "Fermate" })
    this.stopCards = this.stops.getByRole("article")
    this.sheetLink = this.main.getByRole("link", { name: "Foglio di marcia da stampare" })
    this.runLink = this.main.getByRole("link", { name: "Modalità corsa" })
    this.backToRounds = this.main.getByRole("link", { name: "← I miei giri" })
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole("heading", { level: 1, name })
  }

  /** A stop card, named "Fermata {n}: {name}". */
  stop(name: string | RegExp): Locator {
    return this.stops.getByRole("article", { name })
  }

  lockCheckbox(customer: string): Locator {
    return this.main.getByRole("checkbox", { name: `Blocca la fermata di ${customer}` })
  }

  positionField(customer: string): Locator {
    return this.main.getByRole("spinbutton", { name: `Posizione di ${customer}` })
  }

  /** A marker drawn on the map (Leaflet gives it the stop's "n. name" as its title). */
  marker(title: string | RegExp): Locator {
    return this.map.getByTitle(title)
  }
}
