import fc from "fast-check"
import { cashToCollect, paymentMode, PAY_ON_DELIVERY_PROVIDER, shareCash } from "../cash"

const cashOrder = (total: number, captured: number[] = [], extra: Record<string, unknown> = {}) => ({
  status: "pending",
  total,
  payment_collections: [{ payment_sessions: [{ provider_id: PAY_ON_DELIVERY_PROVIDER }], payments: [{ provider_id: PAY_ON_DELIVERY_PROVIDER, captures: captured.map((amount) => ({ amount })) }] }],
  ...extra,
})
const cardOrder = (total: number) => ({ status: "pending", total, payment_collections: [{ payment_sessions: [{ provider_id: "pp_stripe_stripe" }], payments: [{ provider_id: "pp_stripe_stripe", captures: [] }] }] })

describe("paymentMode / cashToCollect", () => {
  it("pay on delivery owes its total until captured; what is captured is no longer owed", () => {
    expect(paymentMode(cashOrder(23.5))).toBe("on_delivery")
    expect(cashToCollect(cashOrder(23.5))).toBe(2350)
    expect(cashToCollect(cashOrder(23.5, [10]))).toBe(1350)
    expect(cashToCollect(cashOrder(23.5, [23.5]))).toBe(0)
    // still "pay on delivery" once paid: the mode does not change with the capture
    expect(paymentMode(cashOrder(23.5, [23.5]))).toBe("on_delivery")
  })

  it("cash the volunteer recorded counts as taken before its capture lands, never twice after", () => {
    expect(cashToCollect(cashOrder(23.5), 2350)).toBe(0)
    expect(cashToCollect(cashOrder(23.5), 2000)).toBe(350)
    expect(cashToCollect(cashOrder(23.5, [20]), 2000)).toBe(350)
  })

  it("a card order and a cancelled order owe nothing at the door", () => {
    expect(paymentMode(cardOrder(18))).toBe("online")
    expect(cashToCollect(cardOrder(18))).toBe(0)
    expect(cashToCollect(cashOrder(18, [], { status: "canceled" }))).toBe(0)
  })

  it("reads Medusa's BigNumber totals", () => {
    expect(cashToCollect(cashOrder({ numeric: 12.1 } as never))).toBe(1210)
  })
})

describe("shareCash", () => {
  it("settles whole orders first, in the order given", () => {
    const owed = [
      { order_id: "a", owed: 1000 },
      { order_id: "b", owed: 0 },
      { order_id: "c", owed: 550 },
    ]
    expect(shareCash(1550, owed)).toEqual([
      { order_id: "a", amount: 1000 },
      { order_id: "c", amount: 550 },
    ])
    expect(shareCash(1200, owed)).toEqual([
      { order_id: "a", amount: 1000 },
      { order_id: "c", amount: 200 },
    ])
    expect(shareCash(0, owed)).toEqual([])
  })

  it("never gives an order more than it owes, and shares exactly what was taken when it is not more than owed", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 6 }), fc.integer({ min: 0, max: 700_000 }), (dues, amount) => {
        const owed = dues.map((d, i) => ({ order_id: `o${i}`, owed: d }))
        const shares = shareCash(amount, owed)
        const total = dues.reduce((s, d) => s + d, 0)
        for (const s of shares) expect(s.amount).toBeLessThanOrEqual(owed.find((o) => o.order_id === s.order_id)!.owed)
        expect(shares.reduce((s, x) => s + x.amount, 0)).toBe(Math.min(amount, total))
      })
    )
  })
})
