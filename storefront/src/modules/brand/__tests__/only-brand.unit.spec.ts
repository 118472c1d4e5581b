import { brandSelection, countByCategory, onlyBrandProducts, wantsBrandOnly } from "../only-brand"

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
  it("shows the featured brand products first, then the listing's order, up to the size", () => {
    const products = [{ id: "a" }, { id: "b", metadata: { featured: true } }, { id: "c", metadata: null }, { id: "d", metadata: { featured: true } }]
    expect(brandSelection(products, 3).map((p) => p.id)).toEqual(["b", "d", "a"])
    expect(brandSelection(products, 10).map((p) => p.id)).toEqual(["b", "d", "a", "c"])
    expect(brandSelection([], 6)).toEqual([])
  })
  it("counts the products of each category, by name", () => {
    const bread = { handle: "pane", name: "Pane e dolci" }
    const honey = { handle: "miele", name: "Miele" }
    const products = [{ categories: [bread] }, { categories: [honey, bread] }, { categories: null }, { categories: [bread] }]
    expect(countByCategory(products, (a, b) => a.localeCompare(b))).toEqual([
      { handle: "miele", name: "Miele", count: 1 },
      { handle: "pane", name: "Pane e dolci", count: 3 },
    ])
  })
})
