import fc from "fast-check"
import { parse } from "csv-parse/sync"
import { neutraliseCell, toCsv } from "../csv"

const DANGEROUS = ["=", "+", "-", "@", "\t", "\r"]

describe("toCsv", () => {
  it("neutralises formula cells and keeps numbers and plain text", () => {
    const csv = toCsv(["a", "b", "c", "d"], [["=HYPERLINK(\"http://evil.example\",\"Paga qui\")", "-12.50", 7, "Forno \"San Nazaro\"; Verona"]])
    expect(parse(csv)).toEqual([
      ["a", "b", "c", "d"],
      ["'=HYPERLINK(\"http://evil.example\",\"Paga qui\")", "-12.50", "7", "Forno \"San Nazaro\"; Verona"],
    ])
    // semicolons are quoted too, for spreadsheets set to the Italian separator
    expect(csv.split("\n")[1].endsWith('"Forno ""San Nazaro""; Verona"')).toBe(true)
  })

  it("round-trips any text, and no cell read back can start a formula", () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom(...DANGEROUS).chain((c) => fc.string().map((s) => c + s)))
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = Math.max(...rows.map((r) => r.length))
        const square = rows.map((r) => [...r, ...Array(width - r.length).fill("")])
        const header = square[0].map((_, i) => `c${i}`)
        const back: string[][] = parse(toCsv(header, square), { relax_column_count: false })
        expect(back.slice(1)).toEqual(square.map((r) => r.map((v) => (/^[=+\-@\t\r]/.test(v) && !/^[+-]?\d+(\.\d+)?$/.test(v) ? `'${v}` : v))))
        for (const value of back.slice(1).flat()) {
          expect(/^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value)).toBe(false)
        }
      })
    )
  })

  it("neutraliseCell leaves a signed number alone", () => {
    expect(neutraliseCell("+39")).toBe("+39")
    expect(neutraliseCell("+39 045 1234")).toBe("'+39 045 1234")
    expect(neutraliseCell("@SUM(A1)")).toBe("'@SUM(A1)")
  })
})
