import type { NextFunction, Request, Response } from "express"
import { fieldsNamedOrAll, requestedFields, withQueryFields } from "../query-fields"

const run = (req: any, fieldsFor: (asked: string[]) => string[]) => {
  const next = jest.fn()
  withQueryFields(fieldsFor)(req as Request, {} as Response, next as NextFunction)
  expect(next).toHaveBeenCalledTimes(1)
  return req
}
const withVariants = (asked: string[]) => ["brand.certified", ...(asked.some((f) => f.startsWith("variants")) ? ["variants.price_breakdown.price"] : [])]

describe("withQueryFields", () => {
  it("adds the fields to the validated query config once, seeing what the caller asked for", () => {
    const req = run({ query: {}, queryConfig: { fields: ["id", "variants.calculated_price.*", "brand.certified"] } }, withVariants)
    expect(req.queryConfig.fields).toEqual(["id", "variants.calculated_price.*", "brand.certified", "variants.price_breakdown.price"])
    const bare = run({ query: {}, queryConfig: { fields: ["id", "handle"] } }, withVariants)
    expect(bare.queryConfig.fields).toEqual(["id", "handle", "brand.certified"])
  })

  it("before validation, asks for them in `fields` and allows their relation", () => {
    const req = run({ query: { fields: "*variants.calculated_price" } }, withVariants)
    expect(req.query.fields).toBe("*variants.calculated_price,+brand.certified,+variants.price_breakdown.price")
    expect(req.allowed).toEqual(expect.arrayContaining(["brand", "brand.*", "variants", "variants.*"]))
    expect(run({ query: {} }, withVariants).query.fields).toBe("+brand.certified")
  })

  it("gives only the fields the caller named itself, all of them when it named none", () => {
    const brand = ["brand.certified", "brand.criteria", "variants.price_breakdown.price", "variants.price_breakdown.lines"]
    expect(fieldsNamedOrAll(brand, ["id", "*variants.calculated_price", "*variants"])).toEqual(brand)
    expect(fieldsNamedOrAll(brand, ["id", "+brand.certified"])).toEqual(["brand.certified"])
    expect(fieldsNamedOrAll(brand, ["*brand"])).toEqual(["brand.certified", "brand.criteria"])
    expect(fieldsNamedOrAll(brand, ["variants.price_breakdown", "brand.criteria"])).toEqual(["brand.criteria", "variants.price_breakdown.price", "variants.price_breakdown.lines"])
    // A field of ours the plugin does not offer is not given either.
    expect(fieldsNamedOrAll(brand, ["brand.secret"])).toEqual([])
    expect(fieldsNamedOrAll(brand, ["id", "-brand"])).toEqual(["variants.price_breakdown.price", "variants.price_breakdown.lines"])
    expect(fieldsNamedOrAll(brand, ["+brand", "-brand.criteria"])).toEqual(["brand.certified"])
    // A field given only to a caller that names it (or its relation) is no default.
    const withSizes = [...brand, "brand.variant_breakdowns"]
    expect(fieldsNamedOrAll(withSizes, ["id", "*variants"], ["brand.variant_breakdowns"])).toEqual(brand)
    expect(fieldsNamedOrAll(withSizes, ["+brand.certified", "+brand.variant_breakdowns"], ["brand.variant_breakdowns"])).toEqual(["brand.certified", "brand.variant_breakdowns"])
    expect(fieldsNamedOrAll(withSizes, ["*brand"], ["brand.variant_breakdowns"])).toEqual(["brand.certified", "brand.criteria", "brand.variant_breakdowns"])
    const req = run({ query: { fields: "id,*variants.calculated_price,brand.certified,*brand.criteria" }, queryConfig: { fields: ["id", "variants.calculated_price.*"] } }, withVariants)
    expect(req.queryConfig.fields).toEqual(["id", "variants.calculated_price.*", "brand.certified"])
  })

  it("reads the requested fields without their +/-/* prefixes", () => {
    expect(requestedFields({ query: { fields: "+metadata, *variants,-title" } } as any)).toEqual(["metadata", "variants", "title"])
  })
})
