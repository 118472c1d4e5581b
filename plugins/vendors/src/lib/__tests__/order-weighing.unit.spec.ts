import { orderWeighing } from "../order-weighing"

const wp = (tolerance_percent: number) => ({ weight_pricing: { price_per_kg: 480, unit_grams: 1000, tolerance_percent } })

describe("orderWeighing", () => {
  // Two loaves at 4,80 € ordered with a 10% tolerance, a jar by the piece; the product's tolerance changed since to 25%.
  const order = {
    total: 14.6,
    items: [
      { id: "li_bread", quantity: 2, unit_price: 4.8, metadata: {} },
      { id: "li_jar", quantity: 1, unit_price: 5, metadata: {} },
    ],
  }
  const parts = [{ metadata: { parent_line_item_id: "li_bread", ...wp(10) } }, { metadata: { parent_line_item_id: "li_jar" } }]

  it("takes the tolerance the line was ordered at: the cap and the most the order can come to", () => {
    const w = orderWeighing(order, parts, { amount: 15.56, captures: [] })
    expect(w.lines).toEqual([{ item_id: "li_bread", estimate: 960, cap: 1056, tolerance_percent: 10, grams: null, amount: null }])
    expect([w.pending, w.max, w.authorised, w.captured]).toEqual([1, 1460 + 96, 1556, 0])
  })

  it("once weighed: the real grams and amount, nothing left to add, what the card captured", () => {
    const weighed = { ...order, total: 14.62, items: [{ ...order.items[0], unit_price: 4.81, metadata: { weighed_grams: 2005, weighed_amount: 962, weighed_estimate: 960 } }, order.items[1]] }
    const w = orderWeighing(weighed, parts, { amount: "15.56", captures: [{ amount: 14.62 }] })
    expect(w.lines[0]).toMatchObject({ estimate: 960, cap: 1056, grams: 2005, amount: 962 })
    expect([w.pending, w.max, w.authorised, w.captured]).toEqual([0, 1462, 1556, 1462])
  })

  it("before the split has run (the confirmation page, moments after checkout): the product's pricing, never a maker's line's absence", () => {
    const lines = { ...order, items: order.items.map((i) => ({ ...i, product_id: i.id === "li_bread" ? "prod_bread" : "prod_jar" })) }
    const products = new Map([["prod_bread", wp(10)], ["prod_jar", {}]])
    const w = orderWeighing(lines, [], null, products)
    expect(w.lines).toEqual([{ item_id: "li_bread", estimate: 960, cap: 1056, tolerance_percent: 10, grams: null, amount: null }])
    expect([w.pending, w.max]).toEqual([1, 1460 + 96])
    // once split, the maker's line decides, whatever the product says now
    expect(orderWeighing(lines, parts, null, new Map([["prod_bread", wp(25)]])).lines[0].cap).toBe(1056)
  })

  it("pay on delivery: no card amounts; an order with nothing sold by weight has no lines", () => {
    expect(orderWeighing(order, parts, null)).toMatchObject({ authorised: null, captured: null })
    expect(orderWeighing(order, [{ metadata: { parent_line_item_id: "li_jar" } }], null)).toEqual({ lines: [], pending: 0, max: 1460, authorised: null, captured: null })
  })
})
