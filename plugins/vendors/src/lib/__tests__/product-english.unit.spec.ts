import { englishWithoutItalian, makerWroteEnglish, productEnglishRows } from "../product-english"
import type { ProductShape } from "../variant-options"

// A product with its own single option "Formato" and two sizes, as Medusa returns it.
const loaf: ProductShape = {
  id: "prod_loaf",
  options: [{ id: "opt_fmt", title: "Formato", is_exclusive: true, values: [{ id: "optval_500", value: "500 g" }, { id: "optval_1k", value: "1 kg" }] }],
  variants: [
    { id: "var_500", title: "500 g", options: [{ id: "optval_500", value: "500 g", option_id: "opt_fmt" }] },
    { id: "var_1k", title: "1 kg", options: [{ id: "optval_1k", value: "1 kg", option_id: "opt_fmt" }] },
  ],
}

const byRecord = (rows: ReturnType<typeof productEnglishRows>) => Object.fromEntries(rows.map((r) => [`${r.reference}:${r.reference_id}`, r.fields]))

describe("productEnglishRows", () => {
  it("writes the product's texts and, per named size, its variant and the option value residents pick", () => {
    const rows = byRecord(productEnglishRows(loaf, { title: "Rye loaf", description: "Baked at night", variants: [{ id: "var_1k", title: "1 kg", title_en: "1 kg loaf" }] }))
    expect(rows).toEqual({
      "product:prod_loaf": { title: "Rye loaf", subtitle: undefined, description: "Baked at night" },
      "product_variant:var_1k": { title: "1 kg loaf" },
      "product_option_value:optval_1k": { value: "1 kg loaf" },
    })
  })

  it("finds the sizes of a new product by their Italian name and adds the network's words for its default option", () => {
    const fresh: ProductShape = {
      id: "prod_new",
      options: [{ id: "opt_new", title: "Formato", values: [{ id: "optval_u", value: "Unico" }] }],
      variants: [{ id: "var_u", title: "Unico", options: [{ id: "optval_u", value: "Unico", option_id: "opt_new" }] }],
    }
    expect(byRecord(productEnglishRows(fresh, { variants: [{ title: "Unico" }] }, { isNew: true }))).toEqual({
      "product_option:opt_new": { title: "Size" },
      "product_variant:var_u": { title: "One size" },
      "product_option_value:optval_u": { value: "One size" },
    })
    // the maker's own word wins over the network's
    expect(byRecord(productEnglishRows(fresh, { variants: [{ title: "Unico", title_en: "Single" }] }, { isNew: true }))["product_variant:var_u"]).toEqual({ title: "Single" })
    // the /bottega form's default size for a one-size product
    const oneSize: ProductShape = { ...fresh, variants: [{ ...fresh.variants![0], title: "Formato unico" }] }
    expect(byRecord(productEnglishRows(oneSize, {}, { isNew: true }))["product_option_value:optval_u"]).toEqual({ value: "One size" })
    // on an existing product the network adds nothing
    expect(productEnglishRows(fresh, { variants: [{ title: "Unico" }] })).toEqual([])
  })

  it("leaves a shared option's values alone, and an emptied text stays empty so the Italian shows", () => {
    const shared: ProductShape = { ...loaf, options: [{ ...loaf.options![0], is_exclusive: false }] }
    const rows = byRecord(productEnglishRows(shared, { title: "", variants: [{ id: "var_500", title: "500 g", title_en: "Half kilo" }] }))
    expect(rows).toEqual({ "product:prod_loaf": { title: "", subtitle: undefined, description: undefined }, "product_variant:var_500": { title: "Half kilo" } })
  })

  it("tells the maker's English from none", () => {
    expect(makerWroteEnglish({})).toBe(false)
    expect(makerWroteEnglish({ variants: [{ title: "Unico" }] })).toBe(false)
    expect(makerWroteEnglish({ description: null })).toBe(true)
    expect(makerWroteEnglish({ variants: [{ title: "Unico", title_en: "" }] })).toBe(true)
  })
})

describe("englishWithoutItalian", () => {
  it("names the first English text with no Italian text under it, which Medusa would never show", () => {
    expect(englishWithoutItalian({ title: "Torta", description: null }, { title: "Cake", description: "Apples" })).toMatchObject({ field: "description_en", message: expect.stringMatching(/^description_en: /) })
    expect(englishWithoutItalian({ title: "Torta", subtitle: "" }, { subtitle: "Big" })).toMatchObject({ field: "subtitle_en" })
    expect(englishWithoutItalian({ title: "Torta", description: "Mele" }, { title: "Cake", description: "Apples", subtitle: "" })).toBeNull()
    // clearing an English text is always fine
    expect(englishWithoutItalian({ title: "Torta" }, { description: null, subtitle: "" })).toBeNull()
  })
})
