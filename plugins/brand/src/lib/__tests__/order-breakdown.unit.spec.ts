import fc from "fast-check"
import { orderBreakdown } from "../order-breakdown"

const rates = fc.record({
  vat_bps: fc.constantFrom(400, 1000, 2200),
  commission_bps: fc.integer({ min: 0, max: 2000 }),
  fund_bps: fc.integer({ min: 0, max: 500 }),
  delivery_bps: fc.integer({ min: 0, max: 500 }),
})

describe("orderBreakdown", () => {
  // Every kind recomputed line by line in exact integer arithmetic (BigInt, half up), apart
  // from the code under test; summing the kinds back must also give the goods' total.
  const halfUp = (num: number, bps: number, den = 10_000) => Number((2n * BigInt(num) * BigInt(bps) + BigInt(den)) / (2n * BigInt(den)))
  it("sums each kind of part over the lines exactly as computed by hand", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ amount: fc.integer({ min: 0, max: 500_000 }), rates: fc.option(rates, { nil: null }), roundup: fc.boolean() }), { maxLength: 12 }),
        (lines) => {
          const expected: Record<string, number> = {}
          const add = (key: string, amount: number) => (expected[key] = (expected[key] ?? 0) + amount)
          for (const l of lines) {
            if (l.roundup) continue
            if (!l.rates) add("other", l.amount)
            else {
              const net = halfUp(l.amount, 10_000, 10_000 + l.rates.vat_bps)
              const shares = { commission: halfUp(l.amount, l.rates.commission_bps), fund: halfUp(l.amount, l.rates.fund_bps), delivery: halfUp(l.amount, l.rates.delivery_bps) }
              add("vat", l.amount - net)
              for (const [k, v] of Object.entries(shares)) add(k, v)
              add("artisan", net - shares.commission - shares.fund - shares.delivery)
            }
          }
          const result = orderBreakdown(lines)
          expect(Object.fromEntries(result.lines.map((l) => [l.key, l.amount]))).toEqual(expected)
          // the round-up is told apart: not part of the price nor of its parts
          expect(result.price).toBe(lines.filter((l) => !l.roundup).reduce((s, l) => s + l.amount, 0))
          expect(result.roundup).toBe(lines.filter((l) => l.roundup).reduce((s, l) => s + l.amount, 0))
        }
      ),
      { numRuns: 500 }
    )
  })

  it("keeps the round-up out of the price and its parts (a gift, not a sale) and sums parts of the same kind", () => {
    const r = { vat_bps: 1000, commission_bps: 1000, fund_bps: 100, delivery_bps: 200 }
    const result = orderBreakdown([
      { amount: 1100, rates: r },
      { amount: 1100, rates: r },
      { amount: 50, rates: null, roundup: true },
    ])
    expect(result.price).toBe(2200)
    expect(result.roundup).toBe(50)
    expect(result.lines.map((l) => l.key)).toEqual(["artisan", "commission", "fund", "delivery", "vat"])
    expect(result.lines.find((l) => l.key === "vat")!.amount).toBe(200)
    expect(result.lines.find((l) => l.key === "commission")!.amount).toBe(220)
  })
})
