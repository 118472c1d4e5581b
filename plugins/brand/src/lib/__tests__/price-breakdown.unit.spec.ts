import fc from "fast-check"
import { BreakdownError, priceBreakdown } from "../price-breakdown"

const rates = { vat_bps: 1000, commission_bps: 1000, fund_bps: 200, delivery_bps: 300 }

describe("priceBreakdown", () => {
  it("splits a loaf of bread at 4,50 € with 10% VAT", () => {
    expect(priceBreakdown(450, rates, { materials: 120, labour: 150 })).toEqual([
      { key: "materials", amount: 120, by: "artisan" },
      { key: "labour", amount: 150, by: "artisan" },
      { key: "margin", amount: 71, by: "artisan" },
      { key: "commission", amount: 45, by: "network" },
      { key: "fund", amount: 9, by: "network" },
      { key: "delivery", amount: 14, by: "network" },
      { key: "vat", amount: 41, by: "state" },
    ])
  })

  it("uses the same commission as the ledger (rate of the shelf price, half up)", () => {
    const lines = priceBreakdown(1255, { ...rates, vat_bps: 2200 })
    expect(lines.find((l) => l.key === "commission")!.amount).toBe(126)
  })

  // Each share recomputed in exact integer arithmetic (BigInt, half up), independently of the
  // floating-point formula under test; the artisan's part is then what is left of the price.
  const halfUp = (num: bigint, den: bigint) => Number((2n * num + den) / (2n * den))
  it("rounds VAT and every network share half up to the cent, exactly as computed by hand", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom(0, 400, 1000, 2200),
        fc.integer({ min: 0, max: 2500 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (price, vat_bps, commission_bps, fund_bps, delivery_bps) => {
          const p = BigInt(price)
          const net = halfUp(p * 10_000n, BigInt(10_000 + vat_bps))
          const expected = {
            vat: price - net,
            commission: halfUp(p * BigInt(commission_bps), 10_000n),
            fund: halfUp(p * BigInt(fund_bps), 10_000n),
            delivery: halfUp(p * BigInt(delivery_bps), 10_000n),
          }
          const artisan = net - expected.commission - expected.fund - expected.delivery
          const rates = { vat_bps, commission_bps, fund_bps, delivery_bps }
          if (artisan < 0) {
            expect(() => priceBreakdown(price, rates)).toThrow(BreakdownError)
            return
          }
          const byKey = Object.fromEntries(priceBreakdown(price, rates).map((l) => [l.key, l.amount]))
          expect(byKey).toEqual({ ...expected, artisan })
        }
      )
    )
  })

  it("refuses negative parts, parts above the price and a margin that does not add up", () => {
    const fail = (fn: () => unknown) => {
      try {
        fn()
      } catch (e) {
        return (e as BreakdownError).field
      }
      throw new Error("did not fail")
    }
    expect(fail(() => priceBreakdown(450, rates, { materials: -1 }))).toBe("materials")
    expect(fail(() => priceBreakdown(450, rates, { materials: 300, labour: 100 }))).toBe("parts")
    expect(fail(() => priceBreakdown(450, rates, { materials: 120, labour: 150, margin: 70 }))).toBe("margin")
    expect(fail(() => priceBreakdown(12.5, rates))).toBe("price")
    expect(fail(() => priceBreakdown(450, { ...rates, fund_bps: -3 }))).toBe("fund_bps")
    expect(fail(() => priceBreakdown(100, { vat_bps: 0, commission_bps: 6000, fund_bps: 3000, delivery_bps: 2000 }))).toBe("price")
  })
})
