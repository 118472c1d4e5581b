import { readinessOf, whyCancelRefused, whyReadyChangeRefused } from "../vendor-order-readiness"
import { firstNameAndInitial } from "../resident-name"

describe("readinessOf", () => {
  const open = { status: "pending", ready_at: null, handed_over_at: null, delivered: false }
  it("lets a maker mark ready, then take it back, while the goods are in the workshop", () => {
    expect(readinessOf(open)).toEqual({ stage: "to_prepare", can_mark_ready: true, can_unready: false, can_cancel: true, locked_reason: null })
    expect(readinessOf({ ...open, ready_at: "2026-12-01T10:00:00Z" })).toEqual({ stage: "ready", can_mark_ready: false, can_unready: true, can_cancel: true, locked_reason: null })
  })
  it.each([
    ["handed over", { handed_over_at: "2026-12-03T16:00:00Z" }, /round carrying this order has started/, "order_handed_over", "gone"],
    ["delivered", { delivered: true }, /delivered/, "order_delivered", "gone"],
    ["cancelled", { status: "canceled" }, /cancelled/, "order_cancelled", "cancelled"],
    ["cancelled after it left", { status: "canceled", handed_over_at: "2026-12-03T16:00:00Z" }, /cancelled/, "order_cancelled", "cancelled"],
  ])("freezes the flag and the cancel once the part is %s, ready or not, and moves it off the lists to prepare", (_, change, reason, cancelCode, stage) => {
    for (const ready_at of [null, "2026-12-01T10:00:00Z"]) {
      const order = { ...open, ready_at, ...change }
      expect(readinessOf(order)).toMatchObject({ stage, can_mark_ready: false, can_unready: false, can_cancel: false })
      expect(whyCancelRefused(order)?.code).toBe(cancelCode)
      expect(whyReadyChangeRefused(order, true)).toMatch(reason)
      expect(whyReadyChangeRefused(order, false)).toMatch(reason)
    }
  })
  it("refuses a change that changes nothing, saying so", () => {
    expect(whyReadyChangeRefused({ ...open, ready_at: "2026-12-01T10:00:00Z" }, true)).toBe("This order is already marked ready")
    expect(whyReadyChangeRefused(open, false)).toBe("This order is not marked ready")
    expect(whyReadyChangeRefused(open, true)).toBeNull()
    expect(whyCancelRefused(open)).toBeNull()
    expect(whyCancelRefused({ ...open, ready_at: "2026-12-01T10:00:00Z" })).toBeNull()
  })
})

describe("firstNameAndInitial", () => {
  it.each([
    ["Giulia", "Ferrari", "Giulia F."],
    ["  Piero ", " dal Molin", "Piero D."],
    ["Amina", null, "Amina"],
    [null, "Rossi", "R."],
    [null, null, ""],
  ])("%s %s → %s", (first, last, expected) => expect(firstNameAndInitial(first, last)).toBe(expected))
})

