import fc from "fast-check"
import { allocate, commissionOf } from "../money"
import { childOrdersOfParts, planVendorOrders, ParentOrder } from "../split-order"

const item = (id: string, product: string, price: number, quantity: number) => ({
  id,
  title: id,
  product_id: product,
  variant_id: `var_${id}`,
  unit_price: price,
  quantity,
  is_tax_inclusive: true,
  tax_lines: [{ rate: 10, code: "IVA10", id: "taxline_1" } as never],
})

// What the parent order holds (the split is handed the whole order, contacts included).
const parent: ParentOrder & Record<string, unknown> = {
  id: "order_parent",
  currency_code: "eur",
  customer_id: "cus_giulia",
  email: "giulia@example.org",
  shipping_address: { id: "addr_1", address_1: "Via San Nazaro 12", postal_code: "37129", phone: "+39 345 123 4567" },
  billing_address: { id: "addr_2", address_1: "Via San Nazaro 12", postal_code: "37129" },
  items: [item("a", "prod_bread", 4.5, 2), item("b", "prod_honey", 12.9, 1), item("c", "prod_cake", 3.33, 3)],
  shipping_methods: [{ name: "Consegna a domicilio", amount: 3.5, is_tax_inclusive: true, tax_lines: [] }],
}
const vendorOf = { prod_bread: "ven_forno", prod_cake: "ven_forno", prod_honey: "ven_miele" }

describe("planVendorOrders", () => {
  it("makes one child order per vendor with only that vendor's items", () => {
    const parts = planVendorOrders(parent, vendorOf)
    expect(parts.map((p) => p.vendor_id)).toEqual(["ven_forno", "ven_miele"])
    const forno = parts[0].order as any
    expect(forno.items.map((i: any) => i.title)).toEqual(["a", "c"])
    expect(forno.metadata).toEqual({ parent_order_id: "order_parent", vendor_id: "ven_forno" })
    expect(forno.items[0].tax_lines).toEqual([{ rate: 10, code: "IVA10", description: undefined, provider_id: undefined, tax_rate_id: undefined }])
    expect(parts[0].gross_cents).toBe(900 + 999)
    expect(parts[1].gross_cents).toBe(1290)
  })

  it("copies none of the resident's contact data to a maker's order", () => {
    for (const { order } of planVendorOrders(parent, vendorOf)) {
      for (const field of ["email", "customer_id", "shipping_address", "billing_address"]) expect(order).not.toHaveProperty(field)
      const text = JSON.stringify(order)
      for (const secret of ["giulia@example.org", "cus_giulia", "Via San Nazaro", "345 123 4567"]) expect(text).not.toContain(secret)
    }
  })

  it("splits the delivery so the children add up to the parent to the cent", () => {
    const parts = planVendorOrders(parent, vendorOf)
    const shares = parts.map((p) => Math.round((p.order as any).shipping_methods[0].amount * 100))
    expect(shares.reduce((a, b) => a + b, 0)).toBe(350)
    expect(shares[0]).toBeGreaterThan(shares[1])
  })

  it("gives a single-vendor cart the same structure", () => {
    const parts = planVendorOrders({ ...parent, items: [parent.items[1]] }, vendorOf)
    expect(parts).toHaveLength(1)
    expect((parts[0].order as any).shipping_methods[0].amount).toBe(3.5)
  })

  it("leaves items without a maker on the parent only", () => {
    const parts = planVendorOrders(parent, { prod_honey: "ven_miele" })
    expect(parts).toHaveLength(1)
    expect((parts[0].order as any).items).toHaveLength(1)
  })
})

describe("allocate", () => {
  it("always sums to the total and never goes negative", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 12 }), (total, weights) => {
        const parts = allocate(total, weights)
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total)
        expect(parts.every((p) => p >= 0)).toBe(true)
      })
    )
  })
})

describe("commissionOf", () => {
  it("rounds half up to the cent", () => {
    expect(commissionOf(1250, 1000)).toBe(125)
    expect(commissionOf(1255, 1000)).toBe(126)
    expect(commissionOf(999, 850)).toBe(85)
  })
})

describe("planVendorOrders with products sold by weight", () => {
  it("puts the pricing as ordered on the maker's line, and only there", () => {
    const pricing = { price_per_kg: 450, unit_grams: 1000, tolerance_percent: 10 }
    const parts = planVendorOrders(parent, vendorOf, { prod_bread: pricing })
    const lines = parts.flatMap((p) => (p.order as any).items)
    expect(lines.find((l: any) => l.product_id === "prod_bread").metadata).toEqual({ parent_line_item_id: "a", weight_pricing: pricing })
    expect(lines.find((l: any) => l.product_id === "prod_honey").metadata).toEqual({ parent_line_item_id: "b" })
  })
})

describe("childOrdersOfParts", () => {
  const parts = ["ven_caffe", "ven_orto", "ven_vetri"].map((vendor_id) => ({ vendor_id }))

  it("gives each maker the child order made for it, in whatever order the order module lists them back", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(["ven_caffe", "ven_orto", "ven_vetri"], { minLength: 3 }), (listed) => {
        const made = listed.map((vendor_id) => ({ id: `order_${vendor_id}`, vendor_id }))
        expect(childOrdersOfParts(parts, {}, made)).toEqual(parts.map((p) => ({ id: `order_${p.vendor_id}` })))
      })
    )
  })

  it("keeps the child order a cut-short split already made, and refuses a part left without one", () => {
    const made = [{ id: "order_new_vetri", vendor_id: "ven_vetri" }, { id: "order_new_caffe", vendor_id: "ven_caffe" }]
    expect(childOrdersOfParts(parts, { ven_orto: "order_old_orto" }, made)).toEqual([{ id: "order_new_caffe" }, { id: "order_old_orto" }, { id: "order_new_vetri" }])
    expect(() => childOrdersOfParts(parts, {}, made)).toThrow("ven_orto")
  })
})
