import { lineTitle } from "../line-title"

describe("lineTitle", () => {
  it("names the product and its size, not Medusa's placeholder size of a one-size product", () => {
    expect(lineTitle({ title: "Pagnotta", product_title: "Pagnotta di grani antichi", variant_title: "1 kg" })).toBe("Pagnotta di grani antichi · 1 kg")
    expect(lineTitle({ title: "Tagliere in noce", product_title: "Tagliere in noce", variant_title: "Default variant" })).toBe("Tagliere in noce")
    expect(lineTitle({ title: "Miele di castagno", product_title: null, variant_title: null })).toBe("Miele di castagno")
  })
})
