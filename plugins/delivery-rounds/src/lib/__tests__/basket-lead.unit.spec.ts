import { basketDue, basketLeadMs, longestBasketLeadMs } from "../basket-lead"

describe("basket leads", () => {
  const saved = { cash: process.env.RBV_BASKET_LEAD_MINUTES, card: process.env.RBV_BASKET_CARD_LEAD_MINUTES }
  afterEach(() => {
    for (const [k, v] of [["RBV_BASKET_LEAD_MINUTES", saved.cash], ["RBV_BASKET_CARD_LEAD_MINUTES", saved.card]] as const) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  })
  const now = new Date("2026-12-01T12:00:00Z")
  const inHours = (h: number) => new Date(now.getTime() + h * 3_600_000)

  it("a card basket goes in a day before the cutoff, one paid on delivery ten minutes before", () => {
    delete process.env.RBV_BASKET_LEAD_MINUTES
    delete process.env.RBV_BASKET_CARD_LEAD_MINUTES
    expect(basketLeadMs("saved_card")).toBe(24 * 3_600_000)
    expect(basketLeadMs("pay_on_delivery")).toBe(10 * 60_000)
    expect(longestBasketLeadMs()).toBe(24 * 3_600_000)
    expect(basketDue("saved_card", inHours(23), now)).toBe(true)
    expect(basketDue("saved_card", inHours(25), now)).toBe(false)
    expect(basketDue("pay_on_delivery", inHours(2), now)).toBe(false)
    expect(basketDue("pay_on_delivery", inHours(0.1), now)).toBe(true)
  })

  it("each lead is configurable; a card's is never shorter than the cash one", () => {
    process.env.RBV_BASKET_LEAD_MINUTES = "30"
    process.env.RBV_BASKET_CARD_LEAD_MINUTES = "120"
    expect(basketDue("saved_card", inHours(1.9), now)).toBe(true)
    expect(basketDue("pay_on_delivery", inHours(0.6), now)).toBe(false)
    process.env.RBV_BASKET_CARD_LEAD_MINUTES = "5"
    expect(basketLeadMs("saved_card")).toBe(30 * 60_000)
  })
})
