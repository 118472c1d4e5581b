import fc from "fast-check"
import { estimatePrice, weighLine, weightPricingOf } from "../weight-pricing"

const bread = { price_per_kg: 450, unit_grams: 1000, tolerance_percent: 10 }

describe("weight pricing", () => {
  it("prices a piece at its estimated weight", () => {
    expect(estimatePrice(bread)).toBe(450)
    expect(estimatePrice({ price_per_kg: 2290, unit_grams: 350, tolerance_percent: 15 })).toBe(802) // 8.015 → 8.02
  })

  it("charges the real weight, capped at the estimate plus the tolerance", () => {
    // 2 loaves ordered at 9,00 €: 1,950 kg weighs in at 8,78 € (8.775 rounds half up)
    expect(weighLine(bread, 900, 1950)).toEqual({ estimate: 900, cap: 990, real: 878, amount: 878, capped: false })
    // 2,500 kg would be 11,25 €: capped at 9,00 € + 10% = 9,90 €
    expect(weighLine(bread, 900, 2500)).toEqual({ estimate: 900, cap: 990, real: 1125, amount: 990, capped: true })
  })

  it("never charges more than the cap, nor more than the real weight", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 50_000 }), (ppk, grams, tol, real) => {
        const wp = { price_per_kg: ppk, unit_grams: grams, tolerance_percent: tol }
        const estimate = estimatePrice(wp)
        const line = weighLine(wp, estimate, real)
        expect(line.amount).toBeLessThanOrEqual(line.cap)
        expect(line.amount).toBeLessThanOrEqual(Math.round((ppk * real) / 1000))
        expect(line.cap * 100).toBeGreaterThanOrEqual(estimate * (100 + tol))
      })
    )
  })

  it("reads only a well-formed pricing from metadata", () => {
    expect(weightPricingOf({ weight_pricing: bread })).toEqual(bread)
    expect(weightPricingOf({ weight_pricing: { ...bread, unit_grams: 0 } })).toBeNull()
    expect(weightPricingOf({ weight_pricing: null })).toBeNull()
    expect(weightPricingOf(null)).toBeNull()
  })
})
