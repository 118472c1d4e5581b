import { onlyBrandProducts, wantsBrandOnly } from "../only-brand"

describe("brand filter", () => {
  it("reads ?marchio=1 only", () => {
    expect(wantsBrandOnly("1")).toBe(true)
    expect(wantsBrandOnly(["1", "0"])).toBe(true)
    expect(wantsBrandOnly("0")).toBe(false)
    expect(wantsBrandOnly(undefined)).toBe(false)
  })
  it("keeps the listing's order and drops products without the mark", () => {
    const products = [{ id: "c" }, { id: "a" }, { id: "b" }]
    expect(onlyBrandProducts(products, ["b", "c", "zz"])).toEqual([{ id: "c" }, { id: "b" }])
    expect(onlyBrandProducts(products, [])).toEqual([])
  })
})
