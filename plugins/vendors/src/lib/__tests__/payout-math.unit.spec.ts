import fc from "fast-check"
import { bankBatchCsv, euros } from "../bank-batch-csv"
import { isValidIban } from "../iban"
import { fundShares, planPayouts, refundShares, type OpenItem } from "../payout-math"

const day = (n: number) => new Date(Date.UTC(2026, 10, n))
const sale = (id: string, net: number, n = 1, parent = `order_${id}`): OpenItem => ({ id, kind: "sale", net, parent_order_id: parent, eligible_at: day(n) })
const adj = (id: string, net: number, kind: OpenItem["kind"] = "refund"): OpenItem => ({ id, kind, net, parent_order_id: null, eligible_at: day(1) })

describe("payout arithmetic", () => {
  it("shares the fund contribution and a refund among makers to the cent", () => {
    expect(fundShares(101, [{ order_id: "a", gross: 1000 }, { order_id: "b", gross: 1000 }, { order_id: "c", gross: 1000 }])).toEqual({ a: 34, b: 34, c: 33 })
    const shares = refundShares(1000, [
      { order_id: "a", vendor_id: "va", gross: 3000, rate_bps: 1000 },
      { order_id: "b", vendor_id: "vb", gross: 1000, rate_bps: 500 },
    ])
    expect(shares).toEqual([
      { order_id: "a", vendor_id: "va", gross: -750, commission: -75, net: -675 },
      { order_id: "b", vendor_id: "vb", gross: -250, commission: -13, net: -237 },
    ])
  })

  it("pays one payout per due delivery, with the open refunds netted into the first", () => {
    const plan = planPayouts([sale("s2", 500, 2), sale("s1", 1000, 1), adj("r1", -300), sale("later", 700, 9)], day(3))
    expect(plan).toEqual([
      { item_ids: ["s1", "r1"], transfer_group: "order_s1", carry_in: 0, amount: 700, carry_out: 0 },
      { item_ids: ["s2"], transfer_group: "order_s2", carry_in: 0, amount: 500, carry_out: 0 },
    ])
  })

  it("carries a negative balance forward instead of paying a negative amount", () => {
    const plan = planPayouts([sale("s1", 400, 1), adj("r1", -1000), sale("s2", 500, 2)], day(3))
    expect(plan.map((p) => [p.amount, p.carry_in, p.carry_out])).toEqual([
      [0, 0, -600],
      [0, -600, -100],
    ])
    expect(planPayouts([adj("r1", -100)], day(3))).toEqual([])
  })

  it("never pays more or less than what is owed (property)", () => {
    const item = fc.record({ kind: fc.constantFrom("sale", "refund", "carry") as fc.Arbitrary<OpenItem["kind"]>, net: fc.integer({ min: -5000, max: 5000 }), n: fc.integer({ min: 1, max: 5 }) })
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (raw) => {
        const items = raw.map((r, i) => ({ id: `i${i}`, kind: r.kind, net: r.kind === "sale" ? Math.abs(r.net) : -Math.abs(r.net), parent_order_id: `o${i}`, eligible_at: day(r.n) }))
        const plan = planPayouts(items, day(3))
        const covered = new Set(plan.flatMap((p) => p.item_ids))
        const owed = items.filter((i) => covered.has(i.id)).reduce((s, i) => s + i.net, 0)
        const paid = plan.reduce((s, p) => s + p.amount, 0)
        const leftOver = plan.length ? plan[plan.length - 1].carry_out : 0
        for (const p of plan) {
          const sum = items.filter((i) => p.item_ids.includes(i.id)).reduce((s, i) => s + i.net, 0)
          if (sum + p.carry_in - p.carry_out !== p.amount || p.amount < 0 || p.carry_out > 0) return false
        }
        // Which items a plan must cover, decided from the items alone: every sale already due,
        // and — once at least one sale is due — every open adjustment; each exactly once.
        const due = items.filter((i) => i.kind === "sale" && i.eligible_at <= day(3))
        const mustCover = due.length ? items.filter((i) => i.kind !== "sale" || i.eligible_at <= day(3)) : []
        const coveredIds = plan.flatMap((p) => p.item_ids)
        return (
          paid + leftOver === owed &&
          plan.length === due.length &&
          coveredIds.length === covered.size &&
          [...covered].sort().join() === mustCover.map((i) => i.id).sort().join()
        )
      })
    )
  })

  it("checks IBANs and writes a bank batch in euro with a dot", () => {
    expect(isValidIban("IT60 X054 2811 1010 0000 0123 456")).toBe(true)
    expect(isValidIban("IT60X0542811101000000123457")).toBe(false)
    expect(isValidIban("IT60X05428111010000001234")).toBe(false)
    // Any SEPA country, each with its own length: a British IBAN one character short fails
    // although its check digits (computed for it) are right.
    expect(isValidIban("GB82 WEST 1234 5698 7654 32")).toBe(true)
    expect(isValidIban("GB88WEST1234569876543")).toBe(false)
    expect(isValidIban("PT50000201231234567890154")).toBe(true)
    expect(euros(123456)).toBe("1234.56")
    expect(euros(5)).toBe("0.05")
    expect(bankBatchCsv([{ payout_id: "po_1", beneficiary: 'Forno "San Nazaro", Verona', iban: "IT60X0542811101000000123456", amount: 2180, currency_code: "eur", reference: "Rete del Buon Vivere #12" }])).toBe(
      'end_to_end_id,beneficiary_name,iban,amount,currency,remittance_information\npo_1,"Forno ""San Nazaro"", Verona",IT60X0542811101000000123456,21.80,EUR,Rete del Buon Vivere #12\n'
    )
  })
})
