// URLs a user gives us are http(s) only, on every URL field; every CSV the coordinators export
// neutralises cells a spreadsheet would run as a formula.
import { parse } from "csv-parse/sync"
import { districtSuite } from "../../helpers/district"
import { attempt, simpleProduct, vendorLogin } from "../../helpers/vendors"

jest.setTimeout(300_000)

const EVIL_URLS = ["javascript:alert(document.cookie)", "JAVASCRIPT:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)"]
const FORMULA = '=HYPERLINK("http://evil.example/paga","Clicca qui")'
// What a spreadsheet would evaluate: a cell read back must never start like this (plain signed numbers aside).
const runsAsFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell)

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {

    describe("URL fields refuse anything but http(s)", () => {
      it("POST /vendor/me logo_url, POST /vendor/products thumbnail and images, POST /vendor/products/:id, POST /vendor/brand/adherence photos", async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const { data: before } = await api.get("/vendor/me", forno)
        const { data: products } = await api.get("/vendor/products", forno)
        const product = products.products[0]
        const { data: adherenceBefore } = await api.get("/vendor/brand/adherence", forno)
        const criterion = adherenceBefore.charter.criteria[0].key

        const cases: [string, string, (url: string) => unknown][] = [
          ["logo_url", "/vendor/me", (url) => ({ logo_url: url })],
          ["thumbnail", "/vendor/products", (url) => ({ ...simpleProduct("Pane nero"), thumbnail: url })],
          ["images.url", "/vendor/products", (url) => ({ ...simpleProduct("Pane nero"), images: [{ url }] })],
          ["thumbnail", `/vendor/products/${product.id}`, (url) => ({ thumbnail: url })],
          ["images.url", `/vendor/products/${product.id}`, (url) => ({ images: [{ url: "https://example.org/ok.png" }, { url }] })],
          ["adherence.photos", "/vendor/brand/adherence", (url) => ({ adherence: [{ criterion_key: criterion, evidence: "Paghiamo il giusto, ecco le buste paga.", photos: [url] }] })],
        ]
        for (const [field, path, body] of cases) {
          for (const url of EVIL_URLS) {
            const refused = await attempt(api.post(path, body(url), forno))
            expect({ path, url, status: refused.status }).toEqual({ path, url, status: 400 })
            expect(refused.data.message).toContain(`${field}:`)
          }
        }

        // nothing changed: the shop, its products and its adherence read back as before
        expect((await api.get("/vendor/me", forno)).data.vendor.logo_url).toBe(before.vendor.logo_url)
        const after = (await api.get("/vendor/products", forno)).data.products
        expect(after.map((p: any) => [p.id, p.thumbnail])).toEqual(products.products.map((p: any) => [p.id, p.thumbnail]))
        expect((await api.get("/vendor/brand/adherence", forno)).data.certification).toEqual(adherenceBefore.certification)

        // a web address still works
        const { data: saved } = await api.post("/vendor/me", { logo_url: "https://example.org/forno.png" }, forno)
        expect(saved.vendor.logo_url).toBe("https://example.org/forno.png")
      })
    })

    describe("CSV exports neutralise formulas", () => {
      it("GET /admin/payouts/bank-batches/:id/csv: a maker's account holder written as a formula", async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const vendorId = (await api.get("/vendor/me", forno)).data.vendor.id
        await api.post("/vendor/payouts/bank-details", { iban: "IT60 X054 2811 1010 0000 0123 456", account_holder: FORMULA }, forno)
        // A payout waiting for a bank transfer, as the payout run leaves it for a maker without Stripe.
        const payouts = getContainer().resolve("payout") as any
        const payout = await payouts.createPayouts({ vendor_id: vendorId, currency_code: "eur", amount: 1234, method: "bank_transfer", status: "awaiting_bank_transfer", idempotency_key: "rbv-test-csv" })

        const { data: batch } = await api.post("/admin/payouts/bank-batches", {}, district.admin)
        const csv = await api.get(`/admin/payouts/bank-batches/${batch.batch.id}/csv`, district.admin)
        const rows: string[][] = parse(String(csv.data))
        expect(rows[0]).toEqual(["end_to_end_id", "beneficiary_name", "iban", "amount", "currency", "remittance_information"])
        expect(rows.slice(1)).toEqual([[payout.id, `'${FORMULA}`, "IT60X0542811101000000123456", "12.34", "EUR", `Rete del Buon Vivere ${payout.id}`]])
        expect(rows.flat().filter(runsAsFormula)).toEqual([])
      })

      it("GET /admin/brand/fund/export: a disbursement's purpose and project written as formulas", async () => {
        const { data } = await api.get("/admin/brand/fund", district.admin)
        expect(data.fund.balance).toBeGreaterThan(100)
        await api.post("/admin/brand/fund/disbursements", { amount: 100, purpose: FORMULA, beneficiary_project: "@SUM(1+1)*cmd|' /C calc'!A0" }, district.admin)
        const csv = await api.get("/admin/brand/fund/export", district.admin)
        expect(csv.headers["content-type"]).toContain("text/csv")
        const rows: string[][] = parse(String(csv.data))
        const line = rows.find((r) => r[4].includes("HYPERLINK"))!
        expect(line.slice(2)).toEqual(["-1.00", "", `'${FORMULA}`, "'@SUM(1+1)*cmd|' /C calc'!A0"])
        expect(rows.flat().filter(runsAsFormula)).toEqual([])
        // every ledger line is there, amounts still numbers (the seeded history and the disbursement)
        expect(rows.length - 1).toBe((await api.get("/admin/brand/fund", district.admin)).data.fund.entries.length)
      })
    })
  },
})
