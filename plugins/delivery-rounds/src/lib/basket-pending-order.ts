import type { BasketRoundPlan } from "./basket-schedule"

export type PricedBasketLine = {
  variant_id: string
  title: string | null
  product_title: string | null
  maker: string | null
  quantity: number
  /** Today's shelf price of one unit in cents (a weighed product: the price of its estimated weight); null when not on sale. */
  unit_price: number | null
  weighed: boolean
}

export type PendingRound = { id: string; name: string | null; starts_at: Date | string; ends_at: Date | string; cutoff_at: Date | string; delivery_fee: number }

/**
 * The order a basket will become in the next round it goes into: that round's window is open (the
 * basket's previous rounds are placed or behind it), so the resident sees now what will be ordered, from which
 * makers, for about how much at today's prices (money in integer cents), and when it will be placed
 * — until then they may still edit it or skip the round. A line no longer on sale is listed but not
 * counted (the placing leaves it out). Home delivery adds the round's fee; a pickup point is free.
 * Null when the basket goes into no round ahead (paused, or every round ahead skipped or not due).
 */
export function pendingOrderOf(
  plan: BasketRoundPlan[],
  rounds: Map<string, PendingRound>,
  lines: PricedBasketLine[],
  delivery: "home" | "pickup",
  currency_code: string | null,
  now: Date
) {
  // The next order placed: the round the basket goes into whose placing time comes first.
  const next = plan.filter((p) => p.goes).sort((a, b) => a.editable_until.getTime() - b.editable_until.getTime())[0]
  const round = next && rounds.get(next.round_id)
  if (!next || !round) return null
  const priced = lines.map((l) => ({ ...l, subtotal: l.unit_price === null ? null : l.unit_price * l.quantity }))
  const makers = new Map<string, number>()
  for (const l of priced) if (l.subtotal !== null && l.maker) makers.set(l.maker, (makers.get(l.maker) ?? 0) + l.subtotal)
  const goods = priced.reduce((sum, l) => sum + (l.subtotal ?? 0), 0)
  const fee = delivery === "home" ? round.delivery_fee : 0
  const open = now.getTime() < next.editable_until.getTime()
  return {
    round: { id: round.id, name: round.name, starts_at: round.starts_at, ends_at: round.ends_at, cutoff_at: round.cutoff_at },
    places_at: next.editable_until,
    lines: priced,
    makers: [...makers].map(([name, subtotal]) => ({ name, subtotal })),
    goods_total: goods,
    delivery_fee: fee,
    estimated_total: goods + fee,
    currency_code,
    // Weighed products are priced at their estimate: the real weight decides the final amount.
    estimate_only: priced.some((l) => l.weighed && l.unit_price !== null),
    can_edit: open,
    can_skip: next.can_skip,
  }
}
