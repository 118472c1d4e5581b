import fc from "fast-check"
import { orderBreakdown } from "../order-breakdown"

const rates = fc.record({
  vat_bps: fc.constantFrom(400, 1000, 2200),
  commission_bps: fc.integer({ min: 0, max: 2000 }),
  fund_bps: fc.integer({ min: 0, max: 500 }),
  delivery_bps: fc.integer({ min: 0, max: 500 }),
})

describe("orderBreakdown", () => {
  it("adds up to the order's goods to the cent, whatever the lines and rates", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ amount: fc.integer({ min: 0, max: 500_000 }), rates: fc.option(rates, { nil: null }), roundup: fc.boolean() }), { maxLength: 12 }),
        (lines) => {
          const result = orderBreakdown(lines)
          expect(result.price).toBe(lines.reduce((s, l) => s + l.amount, 0))
          expect(result.lines.reduce((s, l) => s + l.amount, 0)).toBe(result.price)
          for (const l of result.lines) expect(l.amount).toBeGreaterThanOrEqual(0)
        }
      ),
      { numRuns: 500 }
    )
  })

  it("keeps the round-up apart and sums parts of the same kind", () => {
    const r = { vat_bps: 1000, commission_bps: 1000, fund_bps: 100, delivery_bps: 200 }
    const result = orderBreakdown([
      { amount: 1100, rates: r },
      { amount: 1100, rates: r },
      { amount: 50, rates: null, roundup: true },
    ])
    expect(result.price).toBe(2250)
    expect(result.lines.map((l) => l.key)).toEqual(["artisan", "commission", "fund", "roundup", "delivery", "vat"])
    expect(result.lines.find((l) => l.key === "vat")!.amount).toBe(200)
    expect(result.lines.find((l) => l.key === "commission")!.amount).toBe(220)
    expect(result.lines.find((l) => l.key === "roundup")).toEqual({ key: "roundup", amount: 50, by: "resident" })
  })
})
