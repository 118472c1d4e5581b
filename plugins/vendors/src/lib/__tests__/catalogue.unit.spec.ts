import { mostCommon, rateForType, vatClassName } from "../catalogue-choices"
import { newVariantOptions, newVariantProblem, optionValuesToAdd, optionValuesToRemove, renamedOptionValue, renameProblem, type ProductShape } from "../variant-options"

describe("VAT classes", () => {
  it("names a class without the rate its type's name happens to carry", () => {
    expect(vatClassName("Alimentari IVA 10%")).toBe("Alimentari")
    expect(vatClassName("Beni di prima necessità IVA 4%")).toBe("Beni di prima necessità")
    expect(vatClassName("IVA ordinaria 22%")).toBe("IVA ordinaria")
    expect(vatClassName("Libri")).toBe("Libri")
    expect(vatClassName("22%")).toBe("22%")
  })

  it("takes the rate with a rule on the type, else the default one", () => {
    const rates = [
      { rate: 22, code: "IVA22", is_default: true },
      { rate: 10, code: "IVA10", is_default: false, rules: [{ reference: "product_type", reference_id: "ptyp_food" }] },
      { rate: 5, code: "X", is_default: false, rules: [{ reference: "product", reference_id: "ptyp_books" }] },
    ]
    expect(rateForType("ptyp_food", rates)?.rate).toBe(10)
    expect(rateForType("ptyp_books", rates)?.rate).toBe(22)
    expect(rateForType("ptyp_any", [])).toBeNull()
  })

  it("suggests the class most products of a category have", () => {
    expect(mostCommon(["a", null, "b", "b", undefined])).toBe("b")
    expect(mostCommon(["a", "b"])).toBe("a")
    expect(mostCommon([null])).toBeNull()
  })
})

const sizes: ProductShape = {
  id: "prod_1",
  options: [{ id: "opt_w", title: "Peso", is_exclusive: true, values: [{ id: "v500", value: "500 g" }, { id: "v1k", value: "1 kg" }] }],
  variants: [
    { id: "var_500", title: "500 g", options: [{ id: "v500", value: "500 g", option_id: "opt_w" }] },
    { id: "var_1k", title: "1 kg", options: [{ id: "v1k", value: "1 kg", option_id: "opt_w" }] },
  ],
}
const colourAndSize: ProductShape = {
  id: "prod_2",
  options: [
    { id: "opt_c", title: "Colore", values: [{ id: "vr", value: "Rosso" }] },
    { id: "opt_s", title: "Taglia", values: [{ id: "vs", value: "S" }, { id: "vm", value: "M" }] },
  ],
  variants: [
    { id: "var_rs", title: "Rosso S", options: [{ id: "vr", value: "Rosso", option_id: "opt_c" }, { id: "vs", value: "S", option_id: "opt_s" }] },
    { id: "var_rm", title: "Rosso M", options: [{ id: "vr", value: "Rosso", option_id: "opt_c" }, { id: "vm", value: "M", option_id: "opt_s" }] },
  ],
}

describe("a maker's sizes as product options", () => {
  it("gives a new size of a one-option product its title as value, and adds only values the product lacks", () => {
    const given = newVariantOptions(sizes, { title: "2 kg" })
    expect(given).toEqual({ Peso: "2 kg" })
    expect(newVariantProblem(sizes, { title: "2 kg" })).toBeNull()
    expect(optionValuesToAdd(sizes, given)).toEqual([{ product_option_id: "opt_w", add: [{ value: "2 kg" }] }])
    expect(optionValuesToAdd(colourAndSize, { Colore: "Rosso", Taglia: "L" })).toEqual([{ product_option_id: "opt_s", add: [{ value: "L" }] }])
  })

  it("refuses a size that exists, or options that do not match the product's", () => {
    expect(newVariantProblem(sizes, { title: "1 KG" })).toMatchObject({ code: "variant_title_taken", field: "title" })
    expect(newVariantProblem(colourAndSize, { title: "Blu" })).toMatchObject({ code: "options_incomplete", field: "options", message: expect.stringMatching(/^options: .*Colore, Taglia/) })
    expect(newVariantProblem(colourAndSize, { title: "Rosso piccola", options: { Colore: "Rosso", Taglia: "S" } })).toMatchObject({
      code: "variant_options_taken",
      field: "title",
      message: expect.stringMatching(/^title: "Rosso S"/),
    })
    expect(newVariantProblem(colourAndSize, { title: "Blu S", options: { Colore: "Blu", Taglia: "S" } })).toBeNull()
    expect(newVariantProblem({ id: "p", options: [], variants: [] }, { title: "Unico" })).toMatchObject({ code: "no_options", field: "options" })
  })

  it("renames the value with the variant only when the option is the product's own and single", () => {
    expect(renamedOptionValue(sizes, "var_1k", "1,2 kg")).toEqual({ id: "v1k", value: "1,2 kg" })
    expect(renamedOptionValue(sizes, "var_1k", "1 kg")).toBeNull()
    expect(renamedOptionValue(sizes, "var_1k", undefined)).toBeNull()
    expect(renamedOptionValue({ ...sizes, options: [{ ...sizes.options![0], is_exclusive: false }] }, "var_1k", "x")).toBeNull()
    expect(renamedOptionValue(colourAndSize, "var_rs", "Rosso small")).toBeNull()
    expect(renameProblem(sizes, "var_1k", "500 G")).toMatchObject({ code: "variant_title_taken", field: "title" })
    expect(renameProblem(sizes, "var_1k", "1 KG")).toBeNull()
    expect(renameProblem(colourAndSize, "var_rs", "Rosso M")).toMatchObject({ code: "variant_title_taken", field: "title" })
  })

  it("stops offering only the values no other variant uses", () => {
    expect(optionValuesToRemove(sizes, "var_1k")).toEqual([{ product_option_id: "opt_w", remove: ["v1k"] }])
    expect(optionValuesToRemove(colourAndSize, "var_rm")).toEqual([{ product_option_id: "opt_s", remove: ["vm"] }])
  })
})
