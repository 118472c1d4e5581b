import { parseTypedAmount, parseTypedHundredths } from "../amount"

describe("parseTypedAmount", () => {
  it.each([
    ["it", "1.250,50", 1250.5],
    ["it", "1250,5", 1250.5],
    ["it", "12,50 €", 12.5],
    ["it", "12.50", 12.5],
    ["it", "1.000", 1000],
    ["it", "1.234.567,89", 1234567.89],
    ["it", " 7 ", 7],
    ["en", "1,250.50", 1250.5],
    ["en", "1,000", 1000],
    ["en", "€1,234,567.89", 1234567.89],
    ["en", "12.5", 12.5],
    ["en", "12,50", 12.5],
    ["en", "0.05", 0.05],
  ])("%s %j → %d", (locale, text, expected) => expect(parseTypedAmount(text, locale)).toBe(expected))

  it.each([
    ["it", "1,250.50"],
    ["en", "1.250,50"],
    ["it", "12,505"],
    ["en", "1,25,0"],
    ["it", "-5"],
    ["en", "1e3"],
    ["en", "abc"],
    ["it", ""],
    ["en", "12..5"],
    ["it", "1.25.000"],
  ])("%s %j is not an amount", (locale, text) => expect(parseTypedAmount(text, locale)).toBeNull())

  it("gives hundredths exactly (cents, basis points)", () => {
    expect(parseTypedHundredths("1.250,51", "it")).toBe(125051)
    expect(parseTypedHundredths("0.29", "en")).toBe(29)
    expect(parseTypedHundredths("4,5", "it")).toBe(450)
    expect(parseTypedHundredths("x", "it")).toBeNull()
  })
})
