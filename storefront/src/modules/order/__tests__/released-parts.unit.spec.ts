import { keptTax, RELEASED_PART_REFERENCE, releasedParts } from "../released-parts"

const bakery = { vendor: { id: "ven_bakery", handle: "forno", name: "Forno" } }
const honey = { vendor: { id: "ven_honey", handle: "miele", name: "Miele" } }

describe("released parts of an order", () => {
  it("reads the makers' released parts (cents) from the order's credit lines, other credit lines aside", () => {
    const parts = releasedParts([
      { reference: RELEASED_PART_REFERENCE, reference_id: "ven_bakery", amount: 7.3 },
      { reference: "refund", reference_id: "ven_bakery", amount: 1 },
      { reference: RELEASED_PART_REFERENCE, reference_id: null, amount: 2 },
    ])
    expect([...parts]).toEqual([["ven_bakery", 730]])
    expect(releasedParts(null).size).toBe(0)
  })

  it("counts the VAT of the lines still in the order and of the delivery only", () => {
    const items = [
      { tax_total: 0.66, product: bakery },
      { tax_total: 1.09, product: honey },
      { tax_total: 0.2, product: null },
    ]
    expect(keptTax(items, new Map([["ven_bakery", 730]]), 0.54)).toBe(109 + 20 + 54)
    expect(keptTax(items, new Map(), null)).toBe(66 + 109 + 20)
  })
})
