import fc from "fast-check"
import { kthSmallest } from "../neighbours"

describe("kthSmallest", () => {
  it("agrees with a numeric sort, ties, infinities and negatives included", () => {
    const value = fc.oneof(fc.integer({ min: -2, max: 4 }), fc.double({ min: -10, max: 10, noNaN: true }), fc.constant(Infinity))
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 80 }), fc.nat(), (xs, r) => {
        const values = Float64Array.from(xs)
        const k = r % values.length
        const sorted = values.slice().sort()
        expect(kthSmallest(new Float64Array(values.length), values, k)).toBe(sorted[k])
        // the input is left as it was
        expect(Array.from(values)).toEqual(xs.map(Number))
      }),
      { numRuns: 500, seed: 42 },
    )
  })
})
