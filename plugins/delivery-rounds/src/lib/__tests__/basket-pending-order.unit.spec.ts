import { pendingOrderOf, type PricedBasketLine } from "../basket-pending-order"
import type { BasketRoundPlan } from "../basket-schedule"

const now = new Date("2026-12-01T10:00:00Z")
const plan = (round_id: string, goes: boolean, editable_until: string): BasketRoundPlan => ({
  round_id, due: true, skipped: !goes, goes, editable_until: new Date(editable_until), can_skip: goes, can_unskip: !goes,
})
const round = (id: string, delivery_fee = 250) => ({ id, name: `Giro ${id}`, starts_at: "2026-12-03T16:00:00Z", ends_at: "2026-12-03T19:00:00Z", cutoff_at: "2026-12-02T20:00:00Z", delivery_fee })
const rounds = new Map([["r1", round("r1")], ["r2", round("r2", 300)]])
const line = (variant_id: string, maker: string | null, quantity: number, unit_price: number | null, weighed = false): PricedBasketLine => ({
  variant_id, title: variant_id, product_title: variant_id, maker, quantity, unit_price, weighed,
})
const lines = [line("pane", "Forno", 2, 385), line("miele", "Api", 1, 1050), line("formaggio", "Forno", 1, 733, true), line("finito", "Api", 3, null)]

describe("pendingOrderOf", () => {
  it("is the first round the basket goes into: lines, makers and the estimated total at today's prices to the cent, placed at the round's cutoff less the lead", () => {
    const pending = pendingOrderOf([plan("r1", false, "2026-12-02T19:50:00Z"), plan("r2", true, "2026-12-02T19:50:00Z")], rounds, lines, "home", "eur", now)!
    expect(pending.round.id).toBe("r2")
    expect(pending.places_at).toEqual(new Date("2026-12-02T19:50:00Z"))
    expect(pending.lines.map((l) => l.subtotal)).toEqual([770, 1050, 733, null])
    expect(pending.makers).toEqual([{ name: "Forno", subtotal: 1503 }, { name: "Api", subtotal: 1050 }])
    expect([pending.goods_total, pending.delivery_fee, pending.estimated_total]).toEqual([2553, 300, 2853])
    expect(pending).toMatchObject({ estimate_only: true, can_edit: true, can_skip: true, currency_code: "eur" })
  })

  it("a pickup costs no delivery fee; after the placing time it can no longer be edited; nothing weighed is no estimate", () => {
    const pending = pendingOrderOf([plan("r1", true, "2026-12-01T09:59:00Z")], rounds, [line("pane", "Forno", 1, 385)], "pickup", "eur", now)!
    expect([pending.delivery_fee, pending.estimated_total, pending.can_edit, pending.estimate_only]).toEqual([0, 385, false, false])
  })

  it("is the round placed first when a later-starting round closes its orders earlier", () => {
    const pending = pendingOrderOf([plan("r1", true, "2026-12-05T19:50:00Z"), plan("r2", true, "2026-12-02T19:50:00Z")], rounds, lines, "home", "eur", now)!
    expect(pending.round.id).toBe("r2")
  })

  it("is null when the basket goes into no round ahead", () => {
    expect(pendingOrderOf([plan("r1", false, "2026-12-02T19:50:00Z")], rounds, lines, "home", "eur", now)).toBeNull()
    expect(pendingOrderOf([], rounds, lines, "home", "eur", now)).toBeNull()
  })
})
