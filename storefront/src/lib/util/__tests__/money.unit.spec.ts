import { formatMoney } from "../money"

// Intl puts a no-break space between amount and symbol in Italian.
const nbsp = "\u00a0"

describe("formatMoney", () => {
  it("writes Italian amounts as 12,50 €", () => {
    expect(formatMoney(12.5, "eur", "it")).toBe(`12,50${nbsp}€`)
  })

  it("writes English amounts as €12.50", () => {
    expect(formatMoney(12.5, "EUR", "en")).toBe("€12.50")
  })

  it("groups thousands per language", () => {
    expect(formatMoney(1234.5, "eur", "it")).toBe(`1234,50${nbsp}€`)
    expect(formatMoney(12345.5, "eur", "it")).toBe(`12.345,50${nbsp}€`)
    expect(formatMoney(1234.5, "eur", "en")).toBe("€1,234.50")
  })

  it("always shows cents and treats a missing amount as zero", () => {
    expect(formatMoney(3, "eur", "it")).toBe(`3,00${nbsp}€`)
    expect(formatMoney(null, "eur", "en")).toBe("€0.00")
  })
})
