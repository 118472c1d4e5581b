import { sortBasketLines, type BasketLineFacts } from "../basket-lines"

const variant = (product_id: string, extra: Partial<{ on_sale: boolean; manage_inventory: boolean; allow_backorder: boolean }> = {}) => ({
  title: `${product_id} title`, product_id, on_sale: true, manage_inventory: true, allow_backorder: false, ...extra,
})

describe("sortBasketLines", () => {
  const facts: BasketLineFacts = {
    variants: new Map([
      ["bread", variant("p-bread")],
      ["focaccia", variant("p-focaccia")],
      ["honey", variant("p-honey")],
      ["gone", variant("p-gone", { on_sale: false })],
      ["made", variant("p-made", { manage_inventory: false })],
    ]),
    stock: new Map([["bread", 10], ["focaccia", 10], ["honey", 1], ["made", 0]]),
    limitOf: new Map([["p-bread", "oven"], ["p-focaccia", "oven"]]),
    batchLeft: new Map([["oven", 3]]),
  }

  it("leaves out whole lines that are gone, sold out or past the batch, earlier lines taking the batch first", () => {
    const lines = [
      { variant_id: "bread", quantity: 2 },
      { variant_id: "focaccia", quantity: 2 },
      { variant_id: "honey", quantity: 2 },
      { variant_id: "gone", quantity: 1 },
      { variant_id: "missing", quantity: 1 },
      { variant_id: "made", quantity: 5 },
    ]
    const { placed, left_out } = sortBasketLines(lines, facts)
    expect(placed.map((l) => [l.variant_id, l.quantity])).toEqual([["bread", 2], ["made", 5]])
    expect(left_out.map((l) => [l.variant_id, l.reason])).toEqual([
      ["focaccia", "batch_full"],
      ["honey", "sold_out"],
      ["gone", "product_gone"],
      ["missing", "product_gone"],
    ])
  })

  it("never changes the facts it is given (the batch left is the round's, not one basket's)", () => {
    sortBasketLines([{ variant_id: "bread", quantity: 3 }], facts)
    expect(facts.batchLeft.get("oven")).toBe(3)
  })
})
