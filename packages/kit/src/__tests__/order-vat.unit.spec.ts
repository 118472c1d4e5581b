import { vatByRate, vatCents } from "../order-vat"

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

  it("agrees with the transparent price's per-line VAT on any basket at 4, 5, 10 and 22%", () => {
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
    for (let basket = 0; basket < 500; basket++) {
      const lines = Array.from({ length: 1 + (next() % 6) }, () => ({ price: 1 + (next() % 40000), rate: [4, 5, 10, 22][next() % 4] }))
      const expected = lines.reduce((s, l) => s + breakdownVat(l.price, l.rate), 0)
      expect(vatCents(lines.map((l) => ({ tax_total: medusaTax(l.price, l.rate) })))).toBe(expected)
    }
  })

  it("takes a VAT of exactly half a cent down, as the transparent price does (net rounded half up): 2,99 € at 4% has 0,11 € of VAT", () => {
    // Medusa gives that line's VAT as 0.115 (11.5 cents): Math.round alone would say 12.
    expect(Math.round(0.115 * 100)).toBe(12)
    expect(vatCents([{ tax_total: "0.115" }])).toBe(breakdownVat(299, 4))
    expect(breakdownVat(299, 4)).toBe(11)
    for (let price = 13; price < 40000; price += 26) expect(vatCents([{ tax_total: String(((price / 100) * 4) / 104) }])).toBe(breakdownVat(price, 4))
  })

  it("adds the delivery's VAT, reads amounts given as strings, and counts missing amounts as nothing", () => {
    expect(vatCents([{ tax_total: "1.0454545" }, { tax_total: null }, {}], 0.5409836)).toBe(105 + 54)
    expect(vatCents(null)).toBe(0)
  })
})

describe("vatByRate", () => {
  it("counts each line's rounded VAT under its rate, so the rates add up to vatCents on any basket (Medusa's per-rate rounding does not)", () => {
    let seed = 11
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
    let medusaOff = 0
    for (let basket = 0; basket < 500; basket++) {
      const lines = Array.from({ length: 1 + (next() % 6) }, () => ({ price: 1 + (next() % 40000), rate: [4, 10, 22][next() % 3] }))
      const taxed = lines.map((l) => ({ tax_total: medusaTax(l.price, l.rate), tax_lines: [{ rate: l.rate }] }))
      const delivery = [{ tax_total: medusaTax(250, 22), tax_lines: [{ rate: 22 }] }]
      const rates = vatByRate(taxed, delivery)
      expect(rates.reduce((s, r) => s + r.cents, 0)).toBe(vatCents(taxed, delivery[0].tax_total))
      for (const { rate, cents } of rates) {
        const own = lines.filter((l) => l.rate === rate).reduce((s, l) => s + breakdownVat(l.price, l.rate), 0)
        expect(cents).toBe(own + (rate === 22 ? breakdownVat(250, 22) : 0))
      }
      expect(rates.map((r) => r.rate)).toEqual([...new Set([...lines.map((l) => l.rate), 22])].sort((a, b) => a - b))
      const medusaRates = [...new Set(taxed.map((l) => l.tax_lines[0].rate))].map((rate) =>
        Math.round(taxed.filter((l) => l.tax_lines[0].rate === rate).reduce((s, l) => s + l.tax_total, 0) * 100)
      )
      if (medusaRates.reduce((s, c) => s + c, 0) + Math.round(delivery[0].tax_total * 100) !== vatCents(taxed, delivery[0].tax_total)) medusaOff++
    }
    // The reason for it: rounding each rate's sum leaves the rates a cent or more off the lines' VAT on many baskets.
    expect(medusaOff).toBeGreaterThan(50)
  })

  it("leaves out a line with no tax line and reads rates given as strings", () => {
    expect(vatByRate([{ tax_total: 0.909, tax_lines: [{ rate: "10" }] }, { tax_total: 0 }], null)).toEqual([{ rate: 10, cents: 91 }])
    expect(vatByRate(null)).toEqual([])
  })
})
