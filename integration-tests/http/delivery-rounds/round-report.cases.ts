import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import { placeRoundOrders, VERONETTA_ADDRESS } from "../../helpers/checkout"
import { volunteerWithLogin } from "../../helpers/delivery"
import { districtSuite } from "../../helpers/district"
import { attempt } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"
import { startFakeVroom } from "../../helpers/fake-vroom"
import closeRoundsAtCutoff from "@rbv/delivery-rounds/jobs/close-rounds-at-cutoff"

jest.setTimeout(300_000)

const RESIDENTS = [
  { email: "giulia.report@example.org", address: { ...VERONETTA_ADDRESS, first_name: "Giulia", metadata: { lat: 45.4421, lng: 11.0075 } } },
  { email: "piero.report@example.org", address: { ...VERONETTA_ADDRESS, first_name: "Piero", address_1: "Via XX Settembre 40", metadata: { lat: 45.4399, lng: 11.0052 } } },
]
const eur = (cents: number) => (cents / 100).toFixed(2)
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0)

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {

    /** Two residents at two doors of the same round, two makers each; the round closed and given a rider. */
    async function closedRoundWithRider() {
      const { placed, roundId } = await placeRoundOrders(api, district.store, district.regionId, RESIDENTS)
      await api.post(`/admin/delivery-rounds/${roundId}`, { cutoff_at: new Date(Date.now() - 60_000).toISOString() }, district.admin)
      await closeRoundsAtCutoff(getContainer())
      const rider = await volunteerWithLogin(api, district.admin, "Marta Bellini", "marta.report@volontari.demo")
      await api.post(`/admin/delivery-rounds/${roundId}`, { volunteer_ids: [rider.id] }, district.admin)
      return { placed, roundId, rider }
    }

    it("the round report's sums match the ledgers (commission lines, fund entries) and the orders, on screen and in the CSV", async () => {
      const { placed, roundId, rider } = await closedRoundWithRider()
      // Ride the round: Giulia pays at the door (her payment is captured, the fund gets its share), Piero is not home.
      await api.post(`/logistics/rounds/${roundId}/plan`, {}, rider.headers)
      const { data: started } = await api.post(`/logistics/rounds/${roundId}/start`, {}, rider.headers)
      const stopOf = (order: any) => started.round.stops.find((s: any) => s.display_id === order.display_id)
      await api.post(`/logistics/rounds/${roundId}/stops/${stopOf(placed[0]).id}/complete`, { outcome: "delivered", amount_collected: stopOf(placed[0]).amount_to_collect }, rider.headers)
      await api.post(`/logistics/rounds/${roundId}/stops/${stopOf(placed[1]).id}/complete`, { outcome: "failed", note: "Nessuno in casa" }, rider.headers)

      // The ledgers, read from the modules themselves.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const children = await waitFor("four child orders", async () => {
        const { data } = await query.graph({ entity: "order", fields: ["id", "metadata", "shipping_tax_total", "items.unit_price", "items.quantity", "items.tax_lines.rate", "vendor.id", "vendor.name"], filters: {} as any })
        const kids = (data as any[]).filter((o) => placed.some((p) => p.id === o.metadata?.parent_order_id))
        return kids.length === 4 && kids.every((k) => k.vendor?.id) && kids
      })
      const lines = (await getContainer().resolve("vendor").listCommissionLines({ order_id: children.map((c: any) => c.id) }, { take: null })) as any[]
      expect(lines.length).toBeGreaterThanOrEqual(4)
      const fund = await waitFor("Giulia's fund contribution", async () => {
        const entries = (await getContainer().resolve("brand").listFundEntries({ order_id: placed.map((p) => p.id) }, { take: null })) as any[]
        return entries.length > 0 && entries
      })
      const vendors = [...new Map(children.map((c: any) => [c.vendor.id, c.vendor.name])).entries()]
      const ledgerOf = (vendorId: string) => lines.filter((l) => l.vendor_id === vendorId)

      const { data } = await api.get(`/admin/delivery-rounds/${roundId}/report`, district.admin)
      const report = data.report
      expect(report.makers.map((m: any) => m.vendor_id).sort()).toEqual(vendors.map(([id]) => id).sort())
      for (const [id] of vendors) {
        const m = report.makers.find((x: any) => x.vendor_id === id)
        expect(m.orders).toBe(children.filter((c: any) => c.vendor.id === id).length)
        expect(m.sales).toBe(sum(ledgerOf(id).map((l) => Number(l.gross))))
        expect(m.contribution).toBe(sum(ledgerOf(id).map((l) => Number(l.commission))))
        expect(m.net).toBe(sum(ledgerOf(id).map((l) => Number(l.net))))
        expect(m.sales).toBeGreaterThan(0)
      }
      expect(report.totals.sales).toBe(sum(lines.map((l) => Number(l.gross))))
      expect(report.totals.fund).toBe(sum(fund.map((f: any) => Number(f.amount))))
      expect(report.totals.fund).toBeGreaterThan(0)
      expect(report.totals.delivery_fees).toBe(sum(placed.map((p) => Math.round(p.shipping_total * 100))))
      // Piero's order was not delivered: its total is still to be collected; Giulia's was paid.
      expect(report.totals.cash_to_collect).toBe(Math.round(placed[1].total * 100))
      // VAT: what the makers' parts carry, each line's rounded to the cent (prices include it) — the
      // rounding the resident's order and the transparent price state, not Medusa's unrounded sum.
      const num = (v: any) => Number(typeof v === "object" && v ? v.numeric : v)
      const lineVat = (i: any) => {
        const price = Math.round(num(i.unit_price) * 100) * num(i.quantity)
        const rate = sum((i.tax_lines ?? []).map((l: any) => num(l.rate)))
        return price - Math.round((price * 100) / (100 + rate))
      }
      const vat = (c: any) => sum(c.items.map(lineVat)) + Math.round(num(c.shipping_tax_total) * 100)
      expect(sum(children.map(vat))).toBeGreaterThan(0)
      expect(report.totals.vat).toBe(sum(children.map(vat)))
      for (const [id] of vendors) expect(report.makers.find((x: any) => x.vendor_id === id).vat).toBe(sum(children.filter((c: any) => c.vendor.id === id).map(vat)))

      // The CSV says the same.
      const csv = await api.get(`/admin/delivery-rounds/${roundId}/report/csv`, district.admin)
      const [header, ...rows] = parse(csv.data, { relax_column_count: true }) as string[][]
      expect(header).toEqual(["maker", "orders", "sales_eur", "network_contribution_eur", "maker_net_eur", "vat_eur"])
      for (const [id, name] of vendors) {
        const row = rows.find((r) => r[0] === name)!
        expect(row.slice(2, 5)).toEqual([eur(sum(ledgerOf(id).map((l) => Number(l.gross)))), eur(sum(ledgerOf(id).map((l) => Number(l.commission)))), eur(sum(ledgerOf(id).map((l) => Number(l.net))))])
      }
      expect(rows.find((r) => r[0] === "TOTAL")!.slice(2, 3)).toEqual([eur(sum(lines.map((l) => Number(l.gross))))])
      expect(rows.find((r) => r[0] === "fund_eur")![1]).toBe(eur(sum(fund.map((f: any) => Number(f.amount)))))
      expect(rows.find((r) => r[0] === "cash_to_collect_eur")![1]).toBe(eur(Math.round(placed[1].total * 100)))

      // Coordinators only.
      expect((await attempt(api.get(`/admin/delivery-rounds/${roundId}/report`))).status).toBe(401)
      expect((await attempt(api.get(`/admin/delivery-rounds/dround_nope/report/csv`, district.admin))).status).toBe(404)
    })
    it("a VROOM server orders the stops when ROUTING_ENGINE_URL is set; the built-in planner takes over, saying why, when it refuses", async () => {
      const { placed, roundId, rider } = await closedRoundWithRider()
      const vroom = await startFakeVroom()
      process.env.ROUTING_ENGINE_URL = vroom.url
      try {
        const { data } = await api.post(`/logistics/rounds/${roundId}/plan`, {}, rider.headers)
        expect(vroom.problems).toHaveLength(1)
        const [problem] = vroom.problems
        const { delivery_round: admin } = (await api.get(`/admin/delivery-rounds/${roundId}`, district.admin)).data
        const window = (new Date(admin.ends_at).getTime() - new Date(admin.starts_at).getTime()) / 1000
        expect(problem.vehicles).toEqual([expect.objectContaining({ id: 1, time_window: [0, window] })])
        // The stops in the order the engine rode them, as it described them back.
        const engineOrder = [...new Set(vroom.answers[0].filter((s) => s.type !== "pickup" && s.description?.startsWith("deliver:")).map((s) => s.description!.slice(8)))]
        expect(engineOrder).toHaveLength(placed.length)
        expect(data.round.plan.solver).toBe(`VROOM (${new URL(vroom.url).host})`)
        expect(data.round.plan.steps.filter((s: any) => s.type === "deliver").map((s: any) => s.stop_id)).toEqual(engineOrder)

        vroom.failWith("Invalid profile: cargo_bike.")
        const { data: again } = await api.post(`/logistics/rounds/${roundId}/plan`, {}, rider.headers)
        expect(vroom.problems).toHaveLength(2)
        expect(again.round.plan.solver).toBe("rbv-plan (routing engine: Invalid profile: cargo_bike.)")
        expect(again.round.plan.steps.filter((s: any) => s.type === "deliver").map((s: any) => s.stop_id).sort()).toEqual([...engineOrder].sort())
      } finally {
        delete process.env.ROUTING_ENGINE_URL
        await vroom.close()
      }
    })
  },
})
