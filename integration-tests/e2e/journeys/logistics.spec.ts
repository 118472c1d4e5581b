import { expect, test } from "@playwright/test"
import { adminGet } from "../../helpers/admin-api"
import { MEDUSA_URL } from "../../playwright.config"
import { AdminPage } from "../pages/admin-page"
import { LogisticsLoginPage } from "../pages/logistics-login-page"
import { LogisticsRoundPage } from "../pages/logistics-round-page"
import { LogisticsRoundsPage } from "../pages/logistics-rounds-page"
import { LogisticsRunPage } from "../pages/logistics-run-page"
import { NotFoundPage } from "../pages/not-found-page"

// The demo district seed assigns the rider to the next round, closed with residents' orders in it.
const RIDER = { email: "giro@retebuonvivere.demo", password: "buonvivere", name: "Marta Bellini" }
const PLANNER = { email: "logistica@retebuonvivere.demo", password: "buonvivere", name: "Paolo Zanetti" }
const FAILED_NOTE = "Nessuno in casa, citofono guasto"
const SECOND_PASS_NOTE = "Non risponde, ripasso dopo"

// A phone in one hand: the whole journey runs on a 390 × 844 touch screen.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

/** "1 fermata fatta su 6", "2 fermate fatte su 6": the Italian noun and participle agree with the count. */
const progressLabel = (done: number, total: number) => `${done} ${done === 1 ? "fermata fatta" : "fermate fatte"} su ${total}`
/** "1.234,50" → 123450. */
const euroToCents = (text: string) => Math.round(Number(text.replace(/\./g, "").replace(",", ".")) * 100)
/** 123450 → "1.234,50 €", as the pages write money. */
const euro = (cents: number) => new Intl.NumberFormat("it-IT", { style: "currency", currency: "EUR" }).format(cents / 100)
/** 123450 → "1234,50" (what the amount field holds). */
const centsToInput = (cents: number) => (cents / 100).toFixed(2).replace(".", ",")

/** "Fermata 2: Anna Rossi" → "Anna Rossi". */
const customerOf = (heading: string | null) => (heading ?? "").replace(/^Fermata \d+: /, "").trim()
/** "Anna Rossi" → "Anna R.": all that shows of a resident outside the riders' contact window. */
const shortName = (name: string) => name.replace(/^(\S+)\s+(\S).*$/, "$1 $2.")

test.describe("Logistica: the volunteer's run on a phone", () => {
  test("the rider signs in, plans the demo round (moving one stop), starts it, completes every stop, and the run sheet tells how it went", async ({ page }) => {
    const login = new LogisticsLoginPage(page)
    const rounds = new LogisticsRoundsPage(page)
    const round = new LogisticsRoundPage(page)
    const run = new LogisticsRunPage(page)

    // Signed out, the area sends to its own login; a wrong password is told in Italian.
    await rounds.goto()
    await expect(login.heading).toBeVisible()
    await login.signIn(RIDER.email, "not-the-password")
    await expect(login.wrongCredentials).toBeVisible()
    await expect(login.email).toHaveValue(RIDER.email)
    await login.signIn(RIDER.email, RIDER.password)
    await expect(rounds.heading).toBeVisible()
    await expect(page.getByText(`${RIDER.name} · consegne`)).toBeVisible()

    // The demo round: closed for orders, its stops counted, nothing done yet.
    const card = page.getByRole("main").getByRole("listitem").filter({ hasText: "Stato: chiuso" }).first()
    await expect(card).toContainText(/\d+ fermate · 0 fatte/)
    const roundName = (await card.getByRole("heading", { level: 2 }).textContent())!.trim()
    await card.getByRole("link", { name: roundName }).click()
    await expect(round.heading(roundName)).toBeVisible()

    // Before planning: totals, stops without residents' addresses or phones.
    await expect(round.totals).toContainText("Ordini")
    const stopCount = await round.stopCards.count()
    expect(stopCount).toBeGreaterThan(2)
    // One door, one stop: the resident who ordered twice is one stop naming both orders.
    await expect(round.stopCards.filter({ hasText: /Ordini n\. \d+, \d+/ })).toHaveCount(1)
    // Every demo order is paid at the door, and each stop says so (never "Pagato online").
    await expect(round.stopCards.filter({ hasText: /Pagamento alla consegna · Da incassare: \d+,\d\d/ })).toHaveCount(stopCount)
    await expect(round.stopCards.filter({ hasText: "Pagato online" })).toHaveCount(0)
    await expect(round.stops.getByText("Indirizzi e telefoni dei residenti si vedono quando il giro è pianificato.")).toBeVisible()
    await expect(round.stops.getByRole("link", { name: /^Chiama / })).toHaveCount(0)

    // Plan: the route's kilometres and what pooling saves against every maker driving alone.
    await round.planButton.click()
    await expect(round.planned).toBeVisible()
    await expect(round.status).toHaveText("pianificato — pronto a partire")
    await expect(round.savingLabel).toBeVisible()
    await expect(round.route.getByText("Se ogni artigiano consegnasse da sé in auto")).toBeVisible()
    await expect(round.savedDistance).toHaveText(/^\d+(,\d)? k?m \(\d+%\)$/)
    // Contacts now show, with ETAs, one phone link per home stop.
    await expect(round.stops.getByRole("link", { name: /^Chiama / }).first()).toBeVisible()
    await expect(round.stopCards.first()).toContainText(/Arrivo previsto \d\d:\d\d/)
    // The map draws its numbered markers even though no map tile can be fetched here.
    await expect(round.map).toBeVisible()
    await expect(round.marker(/^1\. /)).toBeAttached()
    await expect(round.marker(new RegExp(`^${stopCount}\\. `))).toBeAttached()

    // Move the second stop to the front and lock it there, then re-plan the rest around it.
    const moved = customerOf(await round.stopCards.nth(1).getByRole("heading", { level: 3 }).textContent())
    await round.lockToggle.click()
    await round.lockCheckbox(moved).check()
    await round.positionField(moved).fill("1")
    await round.replanButton.click()
    await expect(round.planned).toBeVisible()
    await expect(round.stopCards.first()).toHaveAccessibleName(`Fermata 1: ${moved}`)
    await expect(round.stopCards.first()).toContainText("Bloccata in posizione 1")

    // Before starting, the rider is told whose goods are not ready (no maker has marked its part ready here):
    // as many as the makers' list shows with the badge.
    const notReady = await round.makersNotReady.count()
    expect(notReady).toBeGreaterThan(1)
    await expect(round.startNote).toContainText(`${notReady} artigiani non hanno ancora la merce pronta`)
    // That residents are told at once is said once: in the note when the round's day has not come, else under the button.
    await expect(round.main.getByText(/riceveranno (subito )?l'avviso/)).toHaveCount(1)

    // Start: run mode, nothing done yet.
    await round.startButton.click()
    await expect(run.heading).toBeVisible()
    await expect(run.progress).toHaveAccessibleName(progressLabel(0, stopCount))

    let collected = 0
    for (let n = 1; n <= stopCount; n++) {
      await expect(run.nextStopHeading).toHaveText(`Prossima fermata: ${n} di ${stopCount}`)
      await expect(run.navigate).toHaveAttribute("href", /^https:\/\/www\.openstreetmap\.org\/directions\?to=-?\d+\.\d+%2C-?\d+\.\d+$/)
      // Pay on delivery, said as such; the amount to collect waits in the "Consegnato" form only.
      await expect(run.payment).toHaveText(/^Pagamento alla consegna · Da incassare: \d+,\d\d/)
      const due = euroToCents(/Da incassare: ([\d.]+,\d\d)/.exec(await run.payment.innerText())![1])
      await expect(run.amount).toHaveValue(centsToInput(due))
      await expect(run.failedForm.getByRole("textbox")).toHaveCount(1)
      await expect(run.failedForm.getByLabel("Importo incassato (€)")).toHaveCount(0)
      if (n === 1) {
        await expect(run.nextStop).toContainText(moved)
        // Not delivered needs a note; the refusal keeps what was typed.
        await run.failed.click()
        await expect(run.noteError()).toBeVisible()
        await run.note.fill(FAILED_NOTE)
        // What "Non consegnato" sends: the note, and no amount whatever the other form holds.
        const sent = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]))
        await run.failed.click()
        const body = (await sent).postData() ?? ""
        expect(body).toContain(FAILED_NOTE)
        expect(body).not.toContain("amount_collected")
        await expect(run.recorded).toHaveText(`Fermata di ${moved} registrata: non consegnato.`)
      } else if (n === 2) {
        // Nobody in at the second door either; the rider rings again before riding on, and this time hands it over.
        await run.note.fill(SECOND_PASS_NOTE)
        await run.failed.click()
        await expect(run.recorded).toContainText("registrata: non consegnato.")
        const door = page.getByRole("listitem").filter({ hasText: SECOND_PASS_NOTE })
        await expect(door.getByRole("button", { name: "Consegnato" })).toBeHidden()
        await door.getByText("Ripassato e consegnato?").click()
        await expect(door.getByLabel("Importo incassato (€)")).toHaveValue(centsToInput(due))
        await page.screenshot({ path: test.info().outputPath("run-second-pass.png"), fullPage: true })
        await door.getByRole("button", { name: "Consegnato" }).click()
        await expect(run.recorded).toContainText("registrata: consegnato.")
        await expect(page.getByRole("listitem").filter({ hasText: SECOND_PASS_NOTE }).locator(".status-pill")).toHaveText("consegnato")
        await expect(page.getByText("Ripassato e consegnato?")).toHaveCount(1)
        collected += due
      } else {
        await run.delivered.click()
        await expect(run.recorded).toContainText("registrata: consegnato.")
        collected += due
      }
      if (n < stopCount) await expect(run.progress).toHaveAccessibleName(progressLabel(n, stopCount))
    }

    // The first door failed and could still be rung again on the way back: the round waits for the rider to close it.
    const finish = page.getByRole("main").getByRole("region", { name: "Nessuna fermata da fare" })
    await expect(finish).toContainText(`${stopCount - 1} consegnati, 1 non consegnato.`)
    await expect(page.getByText("Ripassato e consegnato?")).toHaveCount(1)
    await expect(run.completed).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath("run-finish.png"), fullPage: true })
    // Her list of rounds says so too, and leads back here.
    await page.goto("/logistica")
    const toClose = page.getByRole("main").getByRole("link", { name: "Nessuna fermata da fare: chiudi il giro" })
    await expect(toClose).toHaveCount(1)
    await toClose.click()
    await expect(finish).toBeVisible()
    await finish.getByRole("button", { name: "Chiudi il giro" }).click()
    await expect(run.completed).toBeVisible()
    await expect(page.getByText("Ripassato e consegnato?")).toHaveCount(0)
    // Only the delivered stops' cash is counted.
    await expect(page.getByText(`${stopCount - 1} ${stopCount - 1 === 1 ? "consegnato" : "consegnati"}, 1 non consegnato. Incassati ${euro(collected)}.`)).toBeVisible()
    await expect(run.nextStopHeading).toHaveCount(0)

    // Back on the round: completed, the failed stop keeps its note; the resident is "Anna R." again.
    await page.getByRole("main").getByRole("link", { name: "← Torna al giro" }).first().click()
    await expect(round.status).toHaveText("completato")
    await expect(round.stop(`Fermata 1: ${shortName(moved)}`)).toContainText(`Nota: ${FAILED_NOTE}`)
    await expect(round.stop(`Fermata 1: ${shortName(moved)}`)).toContainText("non consegnato")
    await expect(round.stops.getByRole("link", { name: /^Chiama / })).toHaveCount(0)
    // Nothing was collected where nothing was delivered; the others say what was.
    await expect(round.stop(`Fermata 1: ${shortName(moved)}`)).toContainText("Pagamento alla consegna · Nulla incassato")
    await expect(round.stopCards.filter({ hasText: /Pagamento alla consegna · Incassato: \d+,\d\d/ })).toHaveCount(stopCount - 1)
    await expect(round.stopCards.filter({ hasText: "Pagato online" })).toHaveCount(0)

    // A round that is not hers is a plain "not found".
    await page.goto("/logistica/giri/dround_not_hers")
    await expect(new NotFoundPage(page).heading).toBeVisible()

    // The printable run sheet: one row per stop in plan order with the note written on the way.
    await page.goBack()
    await round.sheetLink.click()
    await expect(page.getByRole("heading", { level: 1, name: `Foglio di marcia · ${roundName}` })).toBeVisible()
    const sheet = page.getByRole("main").getByRole("table").first()
    await expect(sheet.getByRole("row")).toHaveCount(stopCount + 1)
    await expect(sheet.getByRole("row").nth(1).getByRole("rowheader")).toContainText(shortName(moved))
    await expect(sheet.getByRole("row").nth(1)).toContainText(FAILED_NOTE)
    await expect(page.getByRole("button", { name: "Stampa" })).toBeVisible()

    // Sign out: the area asks for the login again.
    await rounds.goto()
    await rounds.signOut.click()
    await expect(login.heading).toBeVisible()
    await rounds.goto()
    await expect(login.heading).toBeVisible()
  })

  test("the planner sees every round and prints one pickup sheet per maker for the demo round", async ({ page }) => {
    const login = new LogisticsLoginPage(page)
    const rounds = new LogisticsRoundsPage(page)
    const round = new LogisticsRoundPage(page)

    await login.goto()
    await login.signIn(PLANNER.email, PLANNER.password)
    await expect(rounds.heading).toBeVisible()
    await expect(page.getByText(`${PLANNER.name} · pianificazione`)).toBeVisible()
    // The seed's next two rounds: the planner sees both, assigned to him or not.
    expect(await rounds.roundLinks.count()).toBeGreaterThanOrEqual(2)

    const card = page.getByRole("main").getByRole("listitem").filter({ hasText: /(^|\D)[1-9]\d* fermat[ae]/ }).first()
    await card.getByRole("heading", { level: 2 }).getByRole("link").click()
    await round.sheetLink.click()
    await expect(page.getByRole("heading", { level: 1, name: /^Foglio di marcia · / })).toBeVisible()
    const pickups = page.getByRole("region", { name: "Fogli di ritiro per gli artigiani" })
    await expect(pickups.getByRole("heading", { level: 3, name: /^Ritiro da / }).first()).toBeVisible()
    // Each maker's sheet lists what to hand over, by resident order.
    const firstLine = pickups.getByRole("table").first().getByRole("row").nth(1).getByRole("cell")
    await expect(firstLine.nth(0)).toHaveText(/^\d+$/)
    await expect(firstLine.nth(1)).not.toBeEmpty()
    await expect(firstLine.nth(2)).toHaveText(/^[1-9]\d*$/)
  })
})

// After the rider's run above: the coordinator follows up the stop that failed.
test.describe("Ordini: a delivery that failed at the door", () => {
  test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false })

  test("the coordinator reads the volunteer's note on the order and records that the resident collected it at Casa Comune, with the cash taken", async ({ page, request }) => {
    const { orders } = await adminGet(request, "/admin/orders?fields=id,display_id&limit=100")
    const deliveries = await Promise.all(orders.map(async (o: { id: string }) => ({ id: o.id, ...(await adminGet(request, `/admin/orders/${o.id}/delivery`)) })))
    const failed = deliveries.find((d) => d.delivery?.stop.status === "failed")
    expect(failed, "the rider's run leaves one failed stop").toBeTruthy()
    const due = failed.delivery.amount_to_collect
    expect(due).toBeGreaterThan(0)

    const admin = new AdminPage(page)
    await admin.signIn()
    await expect(admin.menu("Ordini")).toBeVisible()
    await page.goto(`${MEDUSA_URL}/app/orders/${failed.id}`)
    const card = page.locator("div").filter({ has: page.getByRole("heading", { level: 2, name: "Consegna" }) }).last()
    await expect(card.getByText("Consegna non riuscita", { exact: true })).toBeVisible()
    await expect(card).toContainText(`Nota del volontario: «${FAILED_NOTE}»`)
    await expect(card).toContainText(RIDER.name)
    // The other way out, had she asked for another day: a later round that can take it, offered by name and date.
    const later = failed.delivery.reroute_rounds[0]
    expect(later, "a later round of the demo district can take the failed order").toBeTruthy()
    await expect(card).toContainText("Concordato un altro giorno con il residente?")
    await card.getByRole("combobox").click()
    await expect(page.getByRole("option", { name: new RegExp(`^${later.name}`) })).toBeVisible()
    await page.keyboard.press("Escape")
    await expect(card.getByRole("button", { name: "Metti in questo giro" })).toBeDisabled()
    const cash = card.getByLabel("Contanti incassati (€)")
    await expect(cash).toHaveValue(centsToInput(due))
    // Medusa's own header on the same page: not fulfilled yet.
    const medusaSays = (status: string) => page.getByText(status, { exact: true }).first()
    await expect(medusaSays("Non adempiuto")).toBeVisible()
    // She paid a little less: the coordinator writes what was taken, then confirms.
    const taken = due - 50
    await cash.fill(centsToInput(taken))
    await card.getByRole("button", { name: "Ritirato alla Casa Comune" }).click()
    const confirm = page.getByRole("alertdialog")
    await expect(confirm).toContainText(`si registrano ${centsToInput(taken)} € in contanti`)
    await confirm.getByRole("button", { name: "Ritirato alla Casa Comune" }).click()
    await expect(admin.toast("Ritiro registrato: l'ordine è consegnato.")).toBeVisible()
    await expect(card).toContainText(/Ritirato alla Casa Comune: /)
    await expect(card).toContainText(`Contanti incassati: ${euro(taken)}`)
    await expect(card.getByRole("button", { name: "Ritirato alla Casa Comune" })).toHaveCount(0)
    // Medusa's cards on the page read the order again, without a reload.
    await expect(medusaSays("Consegnato")).toBeVisible()
    await expect(page.getByText("Non adempiuto", { exact: true })).toHaveCount(0)
    // ... and once the payments side has captured the cash (a moment after, on the event), Medusa's summary says it
    // was paid: what was taken, and the 50 cents she still owes outstanding.
    const summaryRow = (label: string) => page.locator("div").filter({ has: page.getByText(label, { exact: true }) }).last()
    const medusaEuro = (cents: number) => new RegExp(`€\\s?${centsToInput(cents)} EUR`)
    await expect(summaryRow("Totale pagato")).toContainText(medusaEuro(taken), { timeout: 30_000 })
    await expect(summaryRow("Importo in sospeso")).toContainText(medusaEuro(50))
    await page.screenshot({ path: test.info().outputPath("admin-hub-collection.png"), fullPage: true })

    // What Medusa holds: the order delivered, the cash captured (once the payments side has handled the event).
    const { delivery } = await adminGet(request, `/admin/orders/${failed.id}/delivery`)
    expect(delivery).toMatchObject({ stop: { status: "failed" }, amount_collected: taken, can_record_hub_collection: false })
    expect(delivery.delivered_at).toBeTruthy()
    await expect
      .poll(async () => {
        const { order } = await adminGet(request, `/admin/orders/${failed.id}?fields=payment_collections.payments.captures.amount`)
        return order.payment_collections.flatMap((c: any) => c.payments.flatMap((p: any) => (p.captures ?? []).map((x: any) => Math.round(x.amount * 100))))
      })
      .toEqual([taken])
  })
})
