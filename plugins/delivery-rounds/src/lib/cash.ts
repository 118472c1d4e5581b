/** Money at the door: who pays on delivery, what is still to collect, how a stop's cash is shared among its orders. */

export const PAY_ON_DELIVERY_PROVIDER = "pp_system_default"

/** Query returns Medusa's BigNumber for quantities and totals: its numeric value, or the plain number. */
export const toNumber = (value: unknown): number =>
  value !== null && typeof value === "object" && "numeric" in value ? Number((value as { numeric: unknown }).numeric) : Number(value ?? 0)
export const toCents = (amount: unknown) => Math.round(toNumber(amount) * 100)

export type PaymentMode = "on_delivery" | "online"

/** The order fields these rules read (ask Query for them). */
export const CASH_ORDER_FIELDS = [
  "status",
  "total",
  "payment_collections.payment_sessions.provider_id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.amount",
]

type Payment = { provider_id?: string | null; canceled_at?: unknown; captures?: { amount?: unknown }[] | null }
type CashOrder = {
  status?: string | null
  total?: unknown
  payment_collections?: { payment_sessions?: { provider_id?: string | null }[] | null; payments?: Payment[] | null }[] | null
}

const cashPayments = (order: CashOrder) =>
  (order.payment_collections ?? []).flatMap((c) => c.payments ?? []).filter((p) => p.provider_id === PAY_ON_DELIVERY_PROVIDER && !p.canceled_at)

/** Paid on delivery (cash at the door or at the pickup point), or already paid online. */
export function paymentMode(order: CashOrder): PaymentMode {
  const sessions = (order.payment_collections ?? []).flatMap((c) => c.payment_sessions ?? [])
  return cashPayments(order).length || sessions.some((s) => s.provider_id === PAY_ON_DELIVERY_PROVIDER) ? "on_delivery" : "online"
}

/**
 * What is still to collect for an order at the door: its total less what was taken — what its
 * payment captured, or what the volunteer recorded (`recorded`, cents) when the capture, which
 * follows the recording, has not happened yet; nothing when paid online or cancelled.
 */
export function cashToCollect(order: CashOrder, recorded = 0): number {
  if (order.status === "canceled" || paymentMode(order) !== "on_delivery") return 0
  const captured = cashPayments(order).reduce((sum, p) => sum + (p.captures ?? []).reduce((s, c) => s + toCents(c.amount), 0), 0)
  return Math.max(0, toCents(order.total) - Math.max(captured, recorded))
}

/**
 * The cash taken at a stop, shared among its orders in the order given: each order gets what
 * it still owes before the next gets anything, so a short payment settles whole orders first.
 * Orders that get nothing are left out. More than is owed is the caller's to refuse.
 */
export function shareCash(amount: number, owed: { order_id: string; owed: number }[]): { order_id: string; amount: number }[] {
  let left = amount
  const shares: { order_id: string; amount: number }[] = []
  for (const { order_id, owed: due } of owed) {
    const part = Math.min(left, Math.max(0, due))
    if (part > 0) shares.push({ order_id, amount: part })
    left -= part
  }
  return shares
}
