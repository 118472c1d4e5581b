import { sumBatchWants, type LimitOfProduct } from "../batch-wants"

describe("sumBatchWants", () => {
  const limits: LimitOfProduct = new Map([
    ["prod_bread", { id: "blim_oven", name: "Forno a legna" }],
    ["prod_focaccia", { id: "blim_oven", name: "Forno a legna" }],
    ["prod_beer", { id: "blim_brew", name: "Cotta" }],
  ])

  it("adds up the products of one limit and leaves unlimited products out", () => {
    const wants = sumBatchWants(
      [
        { product_id: "prod_bread", quantity: 3 },
        { product_id: "prod_focaccia", quantity: "2" },
        { product_id: "prod_honey", quantity: 5 },
        { product_id: "prod_beer", quantity: 1 },
        { product_id: null, quantity: 4 },
      ],
      limits
    )
    expect(wants.sort((a, b) => a.batch_limit_id.localeCompare(b.batch_limit_id))).toEqual([
      { batch_limit_id: "blim_brew", name: "Cotta", quantity: 1 },
      { batch_limit_id: "blim_oven", name: "Forno a legna", quantity: 5 },
    ])
  })

  it("asks nothing for lines of zero and for a cart without limited products", () => {
    expect(sumBatchWants([{ product_id: "prod_bread", quantity: 0 }], limits)).toEqual([])
    expect(sumBatchWants([{ product_id: "prod_honey", quantity: 2 }], limits)).toEqual([])
  })
})
