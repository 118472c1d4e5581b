import { canWeigh, whyWeighingRefused } from "../weighing"

describe("canWeigh / whyWeighingRefused", () => {
  const part = { status: "pending", has_weighed_lines: true }
  const at = "2026-11-30T10:00:00Z"

  it("lets a maker weigh a part with lines sold by weight while it is still in the workshop (packed or not), and weigh it again to correct a weight", () => {
    expect(canWeigh(part)).toBe(true)
    expect(canWeigh({ ...part, status: "not_paid", weighed_at: null, handed_over_at: null, delivered: false })).toBe(true)
    expect(canWeigh({ ...part, weighed_at: at })).toBe(true)
  })

  it.each([
    [{ has_weighed_lines: false }, "nothing_weighed", /^lines: nothing .* by weight/],
    // A weighed part is corrected until it leaves the workshop, not after.
    [{ weighed_at: at, handed_over_at: at }, "order_handed_over", /^order: .*left the workshop/],
    [{ status: "canceled" }, "order_cancelled", /^order: .*cancelled/],
    [{ handed_over_at: at }, "order_handed_over", /^order: .*left the workshop/],
    [{ delivered: true }, "order_delivered", /^order: .*delivered/],
    // A delivered part was handed over first: the answer names the later fact.
    [{ handed_over_at: at, delivered: true }, "order_delivered", /^order: .*delivered/],
  ])("refuses %j, naming why", (change, code, reason) => {
    expect(canWeigh({ ...part, ...change })).toBe(false)
    const refused = whyWeighingRefused({ ...part, ...change })
    expect(refused).toMatchObject({ code, field: reason.source.slice(1, reason.source.indexOf(":")) })
    expect(refused?.message).toMatch(reason)
  })
})
