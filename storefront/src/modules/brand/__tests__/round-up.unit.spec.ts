import { currentRoundUp, roundUpChoices, withoutRoundUp } from "../round-up"

describe("round-up at checkout", () => {
  it("offers nothing, the next whole euro, +1 € and +2 €", () => {
    expect(roundUpChoices(2365)).toEqual([
      { amount: 0, kind: "none", total: 2365 },
      { amount: 35, kind: "to_euro", total: 2400 },
      { amount: 100, kind: "plus", total: 2465 },
      { amount: 200, kind: "plus", total: 2565 },
    ])
  })
  it("has no 'next euro' choice when the total is already whole", () => {
    expect(roundUpChoices(2400).map((c) => c.kind)).toEqual(["none", "plus", "plus"])
  })
  it("reads the round-up line from the cart items (euro → cents, no float drift)", () => {
    const items = [
      { unit_price: 12.3, quantity: 2, metadata: null },
      { unit_price: 0.35, quantity: 1, metadata: { rbv_roundup: true } },
    ]
    expect(currentRoundUp(items)).toBe(35)
    expect(currentRoundUp([])).toBe(0)
    expect(currentRoundUp(undefined)).toBe(0)
  })
  it("tells the goods and the round-up apart: the donation is never one of the goods", () => {
    const bread = { id: "bread", unit_price: 12.3, quantity: 2, metadata: null }
    const gift = { id: "gift", unit_price: 0.35, quantity: 1, metadata: { rbv_roundup: true } }
    expect(withoutRoundUp([bread, gift])).toEqual({ goods: [bread], roundUp: 35 })
    expect(withoutRoundUp([bread])).toEqual({ goods: [bread], roundUp: 0 })
    expect(withoutRoundUp(null)).toEqual({ goods: [], roundUp: 0 })
  })
})
