import { vatCents } from "../order-vat"

// A tax-inclusive line's VAT as Medusa computes it: unrounded euro.
const medusaTax = (priceCents: number, ratePercent: number) => ((priceCents / 100) * ratePercent) / (100 + ratePercent)
// The transparent price's rule, in integers: VAT = price − net, net rounded half up to the cent.
const breakdownVat = (priceCents: number, ratePercent: number) =>
  priceCents - Math.floor((2 * priceCents * 100 + (100 + ratePercent)) / (2 * (100 + ratePercent)))

describe("vatCents", () => {
  it("rounds each line before summing: honey at 10% and a bike at 22% make 33,51 €, where Medusa's unrounded sum shows 33,50 €", () => {
    const lines = [{ tax_total: medusaTax(1150, 10) }, { tax_total: medusaTax(18000, 22) }]
    expect(Math.round(lines.reduce((s, l) => s + l.tax_total, 0) * 100)).toBe(3350)
    expect(vatCents(lines)).toBe(105 + 3246)
  })

  it("agrees with the transparent price's per-line VAT on any basket at 5, 10 and 22%", () => {
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
    for (let basket = 0; basket < 500; basket++) {
      const lines = Array.from({ length: 1 + (next() % 6) }, () => ({ price: 1 + (next() % 40000), rate: [5, 10, 22][next() % 3] }))
      const expected = lines.reduce((s, l) => s + breakdownVat(l.price, l.rate), 0)
      expect(vatCents(lines.map((l) => ({ tax_total: medusaTax(l.price, l.rate) })))).toBe(expected)
    }
  })

  it("adds the delivery's VAT, reads amounts given as strings, and counts missing amounts as nothing", () => {
    expect(vatCents([{ tax_total: "1.0454545" }, { tax_total: null }, {}], 0.5409836)).toBe(105 + 54)
    expect(vatCents(null)).toBe(0)
  })
})
