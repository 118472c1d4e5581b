import {
  bpsToPercent,
  centsToEuro,
  euroInput,
  parseEuro,
  toHandle,
  variantStock,
} from "../bottega"

describe("parseEuro", () => {
  it.each([
    ["4,50", 4.5],
    ["4.50", 4.5],
    ["4", 4],
    [" 12,5 € ", 12.5],
    ["1.250,00", 1250],
    ["0", 0],
  ])("reads %s as %d", (input, amount) => {
    expect(parseEuro(input)).toBe(amount)
  })

  it.each(["", "abc", "-3", "4,505", "4,5,0", "200000"])("refuses %s", (input) => {
    expect(parseEuro(input)).toBeNull()
  })

  it("writes amounts back the Italian way", () => {
    expect(euroInput(4.5)).toBe("4,50")
    expect(euroInput(undefined)).toBe("")
  })
})

describe("variantStock", () => {
  it("adds stocked and reserved pieces over every location", () => {
    const variant = {
      inventory_items: [
        { inventory: { location_levels: [{ stocked_quantity: 10, reserved_quantity: 3 }, { stocked_quantity: 2, reserved_quantity: 0 }] } },
      ],
    }
    expect(variantStock(variant)).toEqual({ stocked: 12, reserved: 3, available: 9 })
  })

  it("is zero for a variant without inventory", () => {
    expect(variantStock({ inventory_items: [] })).toEqual({ stocked: 0, reserved: 0, available: 0 })
    expect(variantStock({})).toEqual({ stocked: 0, reserved: 0, available: 0 })
  })
})

describe("money and rates", () => {
  it("turns cents into euro and basis points into a percentage", () => {
    expect(centsToEuro(1250)).toBe(12.5)
    expect(bpsToPercent(1000)).toBe("10")
    expect(bpsToPercent(750)).toBe("7,5")
    expect(bpsToPercent(750, ".")).toBe("7.5")
  })
})

describe("toHandle", () => {
  it("suggests a web address from a shop name", () => {
    expect(toHandle("Forno San Nazaro")).toBe("forno-san-nazaro")
    expect(toHandle("  Vetri di Santa Toscana & C. ")).toBe("vetri-di-santa-toscana-c")
    expect(toHandle("Caffè Più")).toBe("caffe-piu")
  })
})
