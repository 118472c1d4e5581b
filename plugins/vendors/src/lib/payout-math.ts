import { allocate, commissionOf } from "./money"

// The arithmetic of payouts, pure and in integer cents, so that it can be tested on its own.

/** The fund contribution of a resident's order shared among its makers by their goods (to the cent). */
export function fundShares(contribution: number, grossByOrder: { order_id: string; gross: number }[]): Record<string, number> {
  const parts = allocate(contribution, grossByOrder.map((c) => Math.max(0, c.gross)))
  return Object.fromEntries(grossByOrder.map((c, i) => [c.order_id, parts[i]]))
}

/**
 * A refund on a resident's order, shared among the makers' child orders by their goods; each
 * maker owes back its share less the commission the network had kept on it (same rate).
 */
export function refundShares(refund: number, children: { order_id: string; vendor_id: string; gross: number; rate_bps: number }[]) {
  const parts = allocate(refund, children.map((c) => Math.max(0, c.gross)))
  return children.map((c, i) => {
    const commission = commissionOf(parts[i], c.rate_bps)
    return { order_id: c.order_id, vendor_id: c.vendor_id, gross: -parts[i], commission: -commission, net: -(parts[i] - commission) }
  })
}

export type OpenItem = { id: string; kind: "sale" | "refund" | "carry"; net: number; parent_order_id: string | null; eligible_at: Date }

export type PlannedPayout = {
  item_ids: string[]
  transfer_group: string | null
  /** Negative balance brought in from the previous offset payout of this plan (≤ 0). */
  carry_in: number
  /** What is paid (≥ 0). */
  amount: number
  /** Negative balance this payout could not absorb, moved to the next one (≤ 0). */
  carry_out: number
}

/**
 * One payout per delivered child order that is due, oldest first. The maker's open adjustments
 * (refunds, a carried negative balance) are netted into the first one; if that leaves nothing
 * to pay, the payout is an offset and what is still owed is carried into the next one (or kept
 * open for future deliveries). For every payout: items + carry_in − carry_out = amount.
 */
export function planPayouts(items: OpenItem[], now: Date): PlannedPayout[] {
  const sales = items
    .filter((i) => i.kind === "sale" && i.eligible_at <= now)
    .sort((a, b) => +a.eligible_at - +b.eligible_at || a.id.localeCompare(b.id))
  if (!sales.length) return []
  let pending = items.filter((i) => i.kind !== "sale")
  let carry = 0
  return sales.map((sale) => {
    const covered = [sale, ...pending]
    pending = []
    const total = covered.reduce((sum, i) => sum + i.net, 0) + carry
    const planned = { item_ids: covered.map((i) => i.id), transfer_group: sale.parent_order_id, carry_in: carry, amount: Math.max(total, 0), carry_out: Math.min(total, 0) }
    carry = planned.carry_out
    return planned
  })
}
