import { parse } from "csv-parse/sync"
import { cartWith, checkout } from "../../helpers/checkout"
import { districtSuite } from "../../helpers/district"
import { waitFor } from "../../helpers/wait-for"
import { attempt, inStockVariantOf, vendorLogin } from "../../helpers/vendors"

jest.setTimeout(240_000)

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {

    describe("GET /vendor/statement and /vendor/statement/csv", () => {
      it("lists each sale and reversal by the resident's order number, and the CSV says the same, numbers kept as numbers", async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const bread = await inStockVariantOf(api, district.store, "forno-san-nazaro")
        const honey = await inStockVariantOf(api, district.store, "apicoltura-torricelle")
        const orders = []
        for (const items of [[{ variant_id: bread.id, quantity: 2 }, { variant_id: honey.id, quantity: 1 }], [{ variant_id: bread.id, quantity: 1 }]]) {
          orders.push((await checkout(api, district.store, await cartWith(api, district.store, district.regionId, items))).completed.order)
        }
        const parts = await waitFor("the bakery's two parts", async () => {
          const { data } = await api.get("/vendor/orders", forno)
          return data.orders.length === 2 ? data.orders : undefined
        })
        const first = parts.find((p: any) => p.order_number === orders[0].display_id)
        await api.post(`/vendor/orders/${first.id}/cancel`, { reason: "Forno guasto" }, forno)

        const { data } = await api.get("/vendor/statement", forno)
        const lines = data.statement.lines
        expect(lines.map((l: any) => [l.order_number, l.kind])).toEqual([
          [orders[0].display_id, "sale"],
          [orders[1].display_id, "sale"],
          [orders[0].display_id, "reversal"],
        ])
        // The resident's order is known by its number only.
        const text = JSON.stringify(data)
        for (const order of orders) expect(text).not.toContain(order.id)
        for (const line of lines) expect(line).not.toHaveProperty("parent_order_id")
        // Two loaves then one: the first sale is twice the second, and its reversal takes it all back.
        const price = lines[1].gross
        expect(price).toBeGreaterThan(0)
        expect(lines[0].gross).toBe(2 * price)
        expect(lines[2].gross).toBe(-2 * price)

        const res = await api.get("/vendor/statement/csv", { ...forno, responseType: "text" })
        expect(res.headers["content-type"]).toMatch(/^text\/csv/)
        expect(res.headers["content-disposition"]).toMatch(/attachment; filename="estratto-conto-forno-san-nazaro\.csv"/)
        const [header, ...rows] = parse(res.data) as string[][]
        expect(header).toEqual(["date", "order_number", "kind", "gross_eur", "rate_percent", "commission_eur", "net_eur"])
        const euro = (c: number) => (c / 100).toFixed(2)
        // Dated by Verona's calendar (a sale at 00:30 on the 1st belongs to the new month), not UTC's.
        const veronaDay = (at: string) => new Date(at).toLocaleDateString("sv-SE", { timeZone: "Europe/Rome" })
        expect(rows).toEqual(
          lines.map((l: any) => [veronaDay(l.created_at), String(l.order_number), l.kind, euro(l.gross), (l.rate_bps / 100).toFixed(2), euro(l.commission), euro(l.net)])
        )
        // A reversal is a negative number, not a neutralised formula.
        expect(rows[2][3]).toBe(`-${euro(2 * price)}`)

        expect((await attempt(api.get("/vendor/statement/csv"))).status).toBe(401)
        expect((await attempt(api.get("/vendor/statement/csv?from=yesterday", forno))).status).toBe(400)
      })
    })
  },
})
