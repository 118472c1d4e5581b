import { breakdownFor, type ProductBrand } from "../product-brand"

const brand: ProductBrand = {
  vendor_id: "ven_1",
  maker: { id: "ven_1", handle: "forno-san-nazaro", name: "Forno San Nazaro" },
  certified: true,
  criteria: [],
  rates: { vat_bps: 1000, commission_bps: 1000, fund_bps: 200, delivery_bps: 200 },
  parts: { materials: 287, labour: 345 },
}
const keys = (b: ReturnType<typeof breakdownFor>) => b!.lines.map((l) => l.key)
const sum = (b: ReturnType<typeof breakdownFor>) => b!.lines.reduce((s, l) => s + l.amount, 0)

describe("breakdownFor", () => {
  it("shows the artisan's stated parts at the price they were stated for", () => {
    const b = breakdownFor(1150, brand, 1150)
    expect(keys(b)).toEqual(["materials", "labour", "margin", "commission", "fund", "delivery", "vat"])
    expect(sum(b)).toBe(1150)
  })

  it("explains a bigger size's own price, with the artisan's part as one line", () => {
    const b = breakdownFor(1600, brand, 1150)
    expect(b!.price).toBe(1600)
    expect(keys(b)).toEqual(["artisan", "commission", "fund", "delivery", "vat"])
    expect(sum(b)).toBe(1600)
    // 10% VAT included in 16,00 €: 16,00 − 16,00/1.1 rounded to the cent
    expect(b!.lines.find((l) => l.key === "vat")!.amount).toBe(1600 - Math.round(1600 / 1.1))
  })
})
