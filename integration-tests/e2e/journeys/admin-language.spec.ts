import { expect, test } from "@playwright/test"
import { MEDUSA_URL } from "../../playwright.config"
import { adminGet, adminPost } from "../../helpers/admin-api"
import { applyAsMaker, vendorGet, vendorPost } from "../../helpers/vendor-api"
import { AdminPage } from "../pages/admin-page"
import { BottegaPage } from "../pages/bottega-page"
import { FundPage } from "../pages/fund-page"
import { LogisticsRoundsPage } from "../pages/logistics-rounds-page"

// The network's coordinators work in Italian: Medusa's admin ships an Italian translation, and
// a browser that has never chosen a language opens it in Italian; the network's own pages follow
// the admin's language.
test.describe("Medusa admin in Italian", () => {
  test("a coordinator's first visit opens the admin in Italian, and a language chosen later stays", async ({ page, context }) => {
    // Two languages, the makers' page and a product's maker card: more pages than one journey's default time.
    test.setTimeout(180_000)
    await new AdminPage(page).signIn()

    await expect(page.getByRole("link", { name: "Ordini" }).first()).toBeVisible()
    await expect(page.getByRole("link", { name: "Prodotti" }).first()).toBeVisible()
    await expect(page.getByRole("link", { name: "Artigiani", exact: true })).toBeVisible()
    await page.getByRole("link", { name: "Artigiani", exact: true }).click()
    await expect(page.getByRole("heading", { name: "Artigiani della Rete" })).toBeVisible()
    await page.screenshot({ path: test.info().outputPath("admin-italian.png"), fullPage: true })

    // @rbv/vendors' card on Medusa's product page: whose product it is…
    await page.goto(`${MEDUSA_URL}/app/products?q=Pagnotta`)
    await page.getByText("Pagnotta di lievito madre", { exact: true }).first().click()
    const makerCard = page.locator("div").filter({ has: page.getByRole("heading", { name: "Artigiano", exact: true }) }).last()
    await expect(makerCard.getByText("Forno San Nazaro")).toBeVisible()
    await expect(makerCard.getByText("(forno-san-nazaro)")).toBeVisible()
    await expect(makerCard.getByText("Approvato", { exact: true })).toBeVisible()
    // Medusa 2.21 puts a widget at the end of its column (the coordinator may move it): the page scrolls inside.
    await makerCard.scrollIntoViewIfNeeded()
    await page.screenshot({ path: test.info().outputPath("admin-product-maker.png") })
    // …and a failed read says so instead of "no workshop linked".
    await page.route(/\/admin\/products\/prod_[^/?]+\?fields=id,vendor/, (route) => route.fulfill({ status: 503, json: { message: "down" } }))
    await page.reload()
    await expect(makerCard.getByRole("alert")).toHaveText(/^Non è stato possibile leggere l'artigiano: /)
    await expect(makerCard.getByText("Nessuna bottega collegata")).toHaveCount(0)
    await page.unroute(/\/admin\/products\/prod_/)

    // The profile's choice (the dashboard writes `lng`) is not overridden on the next visit.
    await context.addCookies([{ name: "lng", value: "en", url: MEDUSA_URL }])
    await page.evaluate(() => window.localStorage.setItem("lng", "en"))
    await page.goto(`${MEDUSA_URL}/app/orders`)
    await expect(page.getByRole("link", { name: "Orders" }).first()).toBeVisible()
    // …and the network's own pages follow it (their translations ship with the plugins).
    await expect(page.getByRole("link", { name: "Makers", exact: true })).toBeVisible()
    await expect(page.getByRole("link", { name: "Artigiani", exact: true })).toHaveCount(0)
    await page.getByRole("link", { name: "Makers", exact: true }).click()
    await expect(page.getByRole("heading", { name: "The network's makers" })).toBeVisible()
    await expect(page.getByRole("tab", { name: "Pending" })).toBeVisible()
    await page.getByRole("link", { name: "Brand and fund", exact: true }).click()
    await expect(page.getByRole("heading", { name: "Brand and solidarity fund" })).toBeVisible()
    await page.getByRole("tab", { name: "Brand charter" }).click()
    await expect(page.getByRole("button", { name: "Save draft" })).toBeVisible()
    await page.screenshot({ path: test.info().outputPath("admin-english.png"), fullPage: true })
    // The other pages are made of the same pieces (@rbv/kit/admin-ui): title, tabs, tables with their columns.
    await page.getByRole("link", { name: "Delivery rounds", exact: true }).click()
    await expect(page.getByRole("heading", { level: 1, name: "Delivery rounds" })).toBeVisible()
    await expect(page.getByRole("columnheader", { name: "Orders by" })).toBeVisible()
    await page.getByRole("tab", { name: "Volunteers" }).click()
    await expect(page.getByRole("columnheader", { name: "Access" })).toBeVisible()
    await page.getByRole("link", { name: "Makers' payouts", exact: true }).click()
    await expect(page.getByRole("heading", { level: 1, name: "Payouts to makers" })).toBeVisible()
    await expect(page.getByRole("tab", { name: "All" })).toHaveAttribute("aria-selected", "true")
    await expect(page.getByRole("heading", { level: 2, name: "Bank transfers" })).toBeVisible()
    await expect(page.getByRole("columnheader", { name: "Reconciled" })).toBeVisible()
  })
})

// Each of the network's admin pages doing what it is there for, through the admin's own UI, with data of
// its own: the demo district's shops, rounds and volunteers are other journeys' starting points (the
// pending applicant Irene stays pending).
test.describe("the coordinators' pages in the Medusa admin", () => {
  test("Artigiani: a new workshop is approved and given its own contribution; its owner's /bottega opens", async ({ page, request }) => {
    test.setTimeout(150_000)
    const { vendor, email } = await applyAsMaker(request, "Ceramiche di prova")
    const admin = new AdminPage(page)
    await admin.signIn()
    await admin.menu("Artigiani").click()
    await expect(admin.heading("Artigiani della Rete")).toBeVisible()
    await expect(admin.tab("In attesa")).toHaveAttribute("aria-selected", "true")
    await expect(admin.row(vendor.name).getByText("In attesa", { exact: true })).toBeVisible()
    await admin.row(vendor.name).getByRole("button", { name: "Approva" }).click()
    await expect(admin.toast(`${vendor.name}: fatto`)).toBeVisible()
    await expect(admin.row(vendor.name)).toHaveCount(0)

    await admin.tab("Approvati").click()
    const row = admin.row(vendor.name)
    await expect(row.getByText("Approvato", { exact: true })).toBeVisible()
    // The network's default contribution applies until a shop is given its own (typed as the coordinator writes it).
    admin.answerNextDialog("7,5")
    await row.getByRole("button", { name: "predefinito" }).click()
    await expect(row.getByRole("button", { name: "7,5%" })).toBeVisible()
    await page.screenshot({ path: test.info().outputPath("admin-vendor-approved.png"), fullPage: true })

    const { vendor: saved } = await adminGet(request, `/admin/vendors/${vendor.id}`)
    expect(saved).toMatchObject({ status: "approved", commission_rate_bps: 750 })
    const bottega = new BottegaPage(page)
    await bottega.goto()
    await bottega.signIn(email, "buonvivere")
    await expect(bottega.sections).toBeVisible()
    await expect(bottega.pendingHeading).toHaveCount(0)
  })

  test("Giri di consegna: a volunteer invited, given a round, the round closed then cancelled; the volunteer's /logistica follows", async ({ page, browser, request }) => {
    test.setTimeout(180_000)
    // A round of its own four weeks out, after the demo's weekly rounds.
    const { delivery_zones: zones } = await adminGet(request, "/admin/delivery-zones")
    const day = 24 * 3_600_000
    const starts = Date.now() + 28 * day
    const name = `Giro straordinario ${Date.now().toString(36)}`
    const { delivery_round: round } = await adminPost(request, "/admin/delivery-rounds", {
      name,
      starts_at: new Date(starts).toISOString(),
      ends_at: new Date(starts + 3 * 3_600_000).toISOString(),
      cutoff_at: new Date(starts - day).toISOString(),
      max_drops: 12,
      delivery_fee: 300,
      zone_ids: [zones[0].id],
    })
    const admin = new AdminPage(page)
    await admin.signIn()
    await admin.menu("Giri di consegna").click()
    await expect(admin.heading("Giri di consegna")).toBeVisible()

    // Invite: the link is shown once, for sending by hand.
    const volunteer = { name: `Vera Prova ${Date.now().toString(36)}`, email: `vera+${Date.now()}@volontari.demo` }
    await admin.tab("Volontari").click()
    await page.getByLabel("Nome", { exact: true }).fill(volunteer.name)
    await page.getByLabel("E-mail", { exact: true }).fill(volunteer.email)
    await page.getByRole("button", { name: "Invita volontario" }).click()
    const invited = page.getByText(/^Invito creato e inviato per email/)
    await expect(invited).toBeVisible()
    await expect(admin.row(volunteer.name).getByText("Invito inviato")).toBeVisible()
    const link = new URL((await invited.innerText()).match(/https?:\/\/\S+/)![0])
    const rider = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    const riderPage = await rider.newPage()
    await riderPage.goto(link.pathname + link.search)
    await riderPage.getByRole("main").getByLabel("Email", { exact: true }).fill(volunteer.email)
    await riderPage.getByRole("main").getByLabel("Password", { exact: true }).fill("buonvivere")
    await riderPage.getByRole("button", { name: "Crea l'accesso" }).click()
    const riderRounds = new LogisticsRoundsPage(riderPage)
    await expect(riderRounds.heading).toBeVisible()
    await expect(riderRounds.round(name)).toHaveCount(0)

    // The round: its volunteer, then orders closed.
    await admin.tab("Giri").click()
    const row = admin.row(name)
    await expect(row.getByText("Aperto agli ordini")).toBeVisible()
    await expect(row.getByLabel("0 di 12 consegne prese")).toBeVisible()
    await row.getByRole("combobox").click()
    await page.getByRole("option", { name: volunteer.name }).click()
    await expect(admin.toast("Giro aggiornato")).toBeVisible()
    await row.getByRole("button", { name: "Chiudi gli ordini" }).click()
    await expect(row.getByText("Chiuso agli ordini — pronto da pianificare")).toBeVisible()
    await expect(row.getByRole("combobox")).toHaveText(volunteer.name)
    await page.screenshot({ path: test.info().outputPath("admin-round-closed.png"), fullPage: true })
    const { volunteers } = await adminGet(request, "/admin/volunteers")
    const vera = volunteers.find((v: { email: string }) => v.email === volunteer.email)
    expect(vera).toMatchObject({ name: volunteer.name, role: "rider", has_login: true, active: true })
    expect((await adminGet(request, `/admin/delivery-rounds/${round.id}`)).delivery_round).toMatchObject({ status: "closed", volunteer_ids: [vera.id] })
    await riderRounds.goto()
    await expect(riderRounds.round(name)).toContainText("chiuso agli ordini — pronto da pianificare")

    // Cancelling asks first, saying how many deliveries were booked on it: closing places the weekly
    // baskets due in that round (a resident of another journey may have one), so the count is the API's.
    const { drops_taken: booked } = (await adminGet(request, `/admin/delivery-rounds/${round.id}`)).delivery_round
    await row.getByRole("button", { name: "Annulla" }).click()
    const confirm = page.getByRole("alertdialog")
    const warning =
      booked === 0
        ? "Nessuna consegna prenotata su questo giro. Non si può tornare indietro."
        : `${booked} ${booked === 1 ? "consegna prenotata" : "consegne prenotate"} su questo giro: i residenti restano senza consegna. Non si può tornare indietro.`
    await expect(confirm.getByText(warning)).toBeVisible()
    await confirm.getByRole("button", { name: "Sì, annulla il giro" }).click()
    await expect(row.getByText("Annullato", { exact: true })).toBeVisible()
    await expect(row.getByRole("button", { name: "Annulla" })).toHaveCount(0)
    expect((await adminGet(request, `/admin/delivery-rounds/${round.id}`)).delivery_round.status).toBe("cancelled")
    // A cancelled round leaves its volunteer's list.
    await riderRounds.goto()
    await expect(riderRounds.heading).toBeVisible()
    await expect(riderRounds.round(name)).toHaveCount(0)
    await rider.close()
  })

  test("Marchio e fondo: a workshop's adherence certified; a disbursement recorded and shown on /fondo", async ({ page, request }) => {
    test.setTimeout(180_000)
    // A workshop of its own, approved, that sends its adherence to the charter in force.
    const { vendor, email } = await applyAsMaker(request, "Tessiture di prova")
    await adminPost(request, `/admin/vendors/${vendor.id}/approve`, {})
    const { charter } = await vendorGet(request, email, "/vendor/brand/adherence")
    await vendorPost(request, email, "/vendor/brand/adherence", {
      adherence: charter.criteria.map((c: { key: string }) => ({ criterion_key: c.key, evidence: `Per «${c.key}»: telai del quartiere, lana di Lessinia.` })),
    })

    const admin = new AdminPage(page)
    await admin.signIn()
    await admin.menu("Marchio e fondo").click()
    await expect(admin.heading("Marchio e fondo di solidarietà")).toBeVisible()
    await expect(admin.tab("Da esaminare")).toHaveAttribute("aria-selected", "true")
    const row = admin.row(vendor.name)
    await expect(row.getByText(/telai del quartiere/).first()).toBeVisible()
    await row.getByRole("button", { name: "Approva" }).click()
    await expect(admin.toast("Fatto")).toBeVisible()
    await expect(row).toHaveCount(0)
    await admin.tab("Certificate").click()
    await expect(row.getByText("Certificata", { exact: true })).toBeVisible()
    await expect(row.getByText(/^fino al /)).toBeVisible()
    const adherence = await vendorGet(request, email, "/vendor/brand/adherence")
    expect(adherence.certified).toBe(true)
    expect(adherence.certificate).toMatchObject({ status: "approved", charter_version: charter.version })

    // The fund: what it holds, less a disbursement the coordinators record.
    const { fund: before } = await adminGet(request, "/admin/brand/fund")
    await admin.tab("Fondo").click()
    const project = `Biblioteca di prova ${Date.now().toString(36)}`
    await page.getByLabel("Importo (€)").fill("2,50")
    await page.getByLabel("Scopo").fill("Libri per la sala ragazzi")
    await page.getByLabel("Progetto beneficiario").fill(project)
    await page.getByRole("button", { name: "Registra", exact: true }).click()
    await expect(admin.toast("Erogazione registrata")).toBeVisible()
    await expect(admin.row(project).getByText("2,50 €")).toBeVisible()
    // newest first (the API's order): the one just recorded heads the table, above the fold
    await expect(page.getByRole("row").nth(1)).toContainText(project)
    await page.screenshot({ path: test.info().outputPath("admin-fund-disbursed.png"), fullPage: true })
    // the ledger's export link goes where the admin's own requests go (its backendUrl), and the session opens it
    const href = await page.getByRole("link", { name: "Esporta il registro (CSV)" }).getAttribute("href")
    expect(href).toBe(`${new URL(page.url()).origin}/admin/brand/fund/export`)
    const ledger = await page.request.get(href!)
    expect(ledger.status()).toBe(200)
    expect(await ledger.text()).toContain(project)
    const { fund: after } = await adminGet(request, "/admin/brand/fund")
    expect(after.balance).toBe(before.balance - 250)

    const fund = new FundPage(page)
    await expect(async () => {
      await fund.goto()
      await expect(page.getByText(`${project}: Libri per la sala ragazzi`)).toBeVisible({ timeout: 1_000 })
    }).toPass({ timeout: 20_000 })
  })

  test("Pagamenti artigiani: a run started by hand is recorded, and says why it paid nothing", async ({ page, request }) => {
    // The demo district has no order delivered a week ago (the holding period): a run pays nothing, and says why.
    const { runs: before } = await adminGet(request, "/admin/payouts/runs")
    const admin = new AdminPage(page)
    await admin.signIn()
    await admin.menu("Pagamenti artigiani").click()
    await expect(admin.heading("Pagamenti agli artigiani")).toBeVisible()
    await expect(page.getByRole("button", { name: "Esporta bonifici (CSV)" })).toBeDisabled()
    await page.getByRole("button", { name: "Esegui pagamenti ora" }).click()
    await expect(admin.toast(/^Nessun pagamento: /)).toBeVisible()
    const { runs } = await adminGet(request, "/admin/payouts/runs")
    expect(runs).toHaveLength(before.length + 1)
    expect(runs[0]).toMatchObject({ trigger: "admin", payouts_count: 0, total_amount: 0 })
    await expect(page.getByRole("table").last().getByRole("row").filter({ hasText: "Coordinamento" })).toHaveCount(runs.filter((r: { trigger: string }) => r.trigger === "admin").length)
    await page.screenshot({ path: test.info().outputPath("admin-payout-run.png"), fullPage: true })
  })

  test("Ordini: one purchase is one order; a maker's part says whose order it belongs to, and Medusa's Allocate on it is refused", async ({ page, request }) => {
    test.setTimeout(150_000)
    const admin = new AdminPage(page)
    await admin.signIn()
    await admin.menu("Ordini").click()
    await page.getByRole("row").nth(1).click()
    const parts = page.locator("div").filter({ has: page.getByRole("heading", { level: 2, name: "Parti degli artigiani" }) }).last()
    await expect(parts).toBeVisible()
    const orderNumber = (await page.getByRole("heading", { level: 1 }).first().innerText()).replace("#", "")
    // The order's VAT per rate as the receipt states it (each line rounded), beside Medusa's summary.
    const { vat } = await adminGet(request, `/admin/orders/${new URL(page.url()).pathname.split("/").pop()}/vat`)
    const euro = (cents: number) => new Intl.NumberFormat("it-IT", { style: "currency", currency: "EUR" }).format(cents / 100)
    const vatCard = page.locator("div").filter({ has: page.getByRole("heading", { level: 2, name: "IVA dell'ordine" }) }).last()
    for (const { rate, cents } of vat.rates) await expect(vatCard.getByText(`IVA ${rate}%`).locator("xpath=../following-sibling::dd[1]")).toHaveText(euro(cents))
    await expect(vatCard.getByText("Totale IVA").locator("xpath=../following-sibling::dd[1]")).toHaveText(euro(vat.total))
    // A part still to prepare: Medusa offers to allocate its lines.
    const toPrepare = parts.getByRole("listitem").filter({ hasText: "Da preparare" }).first()
    const maker = await toPrepare.getByRole("link").innerText()
    await toPrepare.getByRole("link").click()

    const notice = page.getByRole("note", { name: "Parte di un artigiano" })
    await expect(notice.getByRole("heading", { name: `La parte di ${maker} dell'ordine n. ${orderNumber}` })).toBeVisible()
    await expect(notice).toContainText("Le sue azioni su una parte (allocare, evadere, modificare, rendere, chiedere un pagamento) sono bloccate")
    // Above Medusa's own sections, where it is read first.
    const noticeTop = (await notice.boundingBox())!.y
    expect(noticeTop).toBeLessThan((await page.getByRole("heading", { name: "Riepilogo" }).boundingBox())!.y)
    await expect(page.getByRole("heading", { name: "Parti degli artigiani" })).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath("admin-part.png") })
    const partId = new URL(page.url()).pathname.split("/").pop()!

    await page.getByText("Allocare articoli", { exact: true }).click()
    await page.getByRole("combobox").first().click()
    await page.getByRole("option").first().click()
    // Medusa's form wants every line of the part allocated in full («/ 2 qty.» beside its field).
    const quantities = page.locator("input[type=number]")
    await expect(quantities.first()).toBeEnabled()
    for (const input of await quantities.all()) {
      const row = input.locator("xpath=ancestor::div[contains(., 'qty.')][1]")
      await input.fill((await row.innerText()).match(/\/\s*(\d+)\s*qty\./)![1])
    }
    await page.getByRole("button", { name: "Allocare articoli" }).click()
    await expect(admin.toast(/^Impossibile allocare/)).toBeVisible()
    const { order: part } = await adminGet(request, `/admin/orders/${partId}?fields=items.id`)
    const { reservations } = await adminGet(request, `/admin/reservations?${part.items.map((i: { id: string }) => `line_item_id[]=${i.id}`).join("&")}`)
    expect(reservations).toEqual([])

    await notice.getByRole("link", { name: `n. ${orderNumber}` }).click()
    await expect(page.getByRole("heading", { level: 2, name: "Parti degli artigiani" })).toBeVisible()
  })
})
