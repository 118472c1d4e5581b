import type { Locator, Page } from "@playwright/test"

/** /logistica/giri/[id]/corsa: run mode, one stop at a time. */
export class LogisticsRunPage {
  readonly heading: Locator
  readonly progress: Locator
  readonly nextStop: Locator
  readonly nextStopHeading: Locator
  readonly navigate: Locator
  readonly deliveredForm: Locator
  readonly failedForm: Locator
  readonly payment: Locator
  readonly amount: Locator
  readonly note: Locator
  readonly delivered: Locator
  readonly failed: Locator
  readonly recorded: Locator
  readonly completed: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole("main")
    this.heading = page.getByRole("heading", { level: 1, name: "Modalità corsa" })
    this.progress = main.getByRole("progressbar")
    this.nextStop = main.getByRole("region", { name: /^Prossima fermata/ })
    this.nextStopHeading = main.getByRole("heading", { level: 2, name: /^Prossima fermata: \d+ di \d+$/ })
    this.navigate = this.nextStop.getByRole("link", { name: "Portami qui (OpenStreetMap)" })
    // Two forms: money travels only with "Consegnato".
    this.deliveredForm = this.nextStop.getByRole("form", { name: "Consegnato", exact: true })
    this.failedForm = this.nextStop.getByRole("form", { name: "Non consegnato", exact: true })
    this.payment = this.nextStop.getByText(/^(Pagamento alla consegna|Pagamento al ritiro|Pagato online)/)
    this.amount = this.deliveredForm.getByLabel("Importo incassato (€)")
    this.note = this.failedForm.getByLabel("Nota", { exact: true })
    this.delivered = this.deliveredForm.getByRole("button", { name: "Consegnato", exact: true })
    this.failed = this.failedForm.getByRole("button", { name: "Non consegnato", exact: true })
    this.recorded = page.getByRole("status").filter({ hasText: /registrata/ })
    this.completed = main.getByRole("heading", { level: 2, name: "Giro completato" })
  }

  noteError(): Locator {
    return this.nextStop.getByText("Scrivi cosa è successo: è obbligatorio se non consegnato.")
  }
}
