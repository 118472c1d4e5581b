import { formatGrams, weighedLabels, weighedSummary, weightPricingOf } from "../weight"

// Intl puts a no-break space before the euro sign.
const plain = (o: Record<string, unknown>) => JSON.parse(JSON.stringify(o).replace(/\u00a0/g, " "))
const loaf = { metadata: { weight_pricing: { price_per_kg: 480, unit_grams: 1000, tolerance_percent: 10 } } }

describe("products sold by weight in the shop", () => {
  it("reads the pricing the vendors plugin keeps in cents and grams", () => {
    expect(weightPricingOf(loaf)).toEqual({ pricePerKg: 4.8, unitGrams: 1000, tolerancePercent: 10 })
    expect(weightPricingOf({ metadata: { weight_pricing: null } })).toBeNull()
    expect(weightPricingOf({ metadata: {} })).toBeNull()
  })

  it("says the weights as a person would", () => {
    expect(formatGrams(350, "it")).toBe("350 g")
    expect(formatGrams(1000, "it")).toBe("1 kg")
    expect(formatGrams(2130, "it")).toBe("2,13 kg")
    expect(formatGrams(1500, "en")).toBe("1.5 kg")
  })

  it("caps a piece at the estimate plus the tolerance, rounded up to the cent", () => {
    expect(plain(weighedLabels(weightPricingOf(loaf)!, 4.8, "eur", "it"))).toMatchObject({ perKg: "4,80 €", unit: "1 kg", tolerance: 10, max: "5,28 €" })
    const cheese = { metadata: { weight_pricing: { price_per_kg: 2290, unit_grams: 350, tolerance_percent: 15 } } }
    expect(plain(weighedLabels(weightPricingOf(cheese)!, 8.02, "eur", "it")).max).toBe("9,23 €") // 8,02 + 1,203 → 1,21
  })

  it("sums what is still to weigh into the most the order can cost", () => {
    const lines = [
      { product: loaf, total: 9.6, metadata: null },
      { product: loaf, total: 4.99, metadata: { weighed_grams: 1040 } },
      { product: { metadata: {} }, total: 4.5 },
    ]
    expect(weighedSummary(lines, 22.59)).toEqual({ any: true, pending: 1, max: 23.55 })
    expect(weighedSummary([{ product: { metadata: {} }, total: 3 }], 3)).toEqual({ any: false, pending: 0, max: 3 })
  })
})
