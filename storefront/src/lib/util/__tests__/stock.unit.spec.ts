import { stockState } from "../stock"

describe("stockState", () => {
  it.each([
    [{ manage_inventory: true, inventory_quantity: 10 }, "available"],
    [{ manage_inventory: true, inventory_quantity: 3 }, "low"],
    [{ manage_inventory: true, inventory_quantity: 1 }, "low"],
    [{ manage_inventory: true, inventory_quantity: 0 }, "out"],
    [{ manage_inventory: true, inventory_quantity: null }, "out"],
    [{ manage_inventory: false, inventory_quantity: 0 }, "available"],
    [{ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 }, "available"],
  ])("%j → %s", (variant, state) => {
    expect(stockState(variant)).toBe(state)
  })
})
