import { sumCents, toCents } from "./money"
import { toleranceOf, weightPricingOf } from "./weight-pricing"

type Line = { id: string; product_id?: string | null; quantity: unknown; unit_price: unknown; metadata?: Record<string, unknown> | null }
type PartLine = { metadata?: Record<string, unknown> | null }
type CardPayment = { amount: unknown; captures?: { amount?: unknown }[] | null }

export type WeighedOrderLine = {
  item_id: string
  /** Cents: the line as ordered (the price of the estimated weight). */
  estimate: number
  /** Cents: the most the resident pays for it — the estimate plus the tolerance agreed when ordering. */
  cap: number
  tolerance_percent: number
  /** Once weighed: the real grams and what they cost (capped); null before. */
  grams: number | null
  amount: number | null
}

export type OrderWeighing = {
  lines: WeighedOrderLine[]
  /** Lines still to weigh. */
  pending: number
  /** Cents: the most the order can come to (its total plus the tolerance of the lines still to weigh). */
  max: number
  /** Cents: what the card authorised at checkout, and what was captured of it (null when not paid by card). */
  authorised: number | null
  captured: number | null
}

/**
 * The resident's order seen through its lines sold by weight, with the pricing each line was
 * ordered at (kept on the makers' lines when the order was split: a later change of the product's
 * tolerance does not change what the resident agreed to). Until the split has run — moments after
 * checkout, when the confirmation page is read — a line takes its product's pricing, the one the
 * card was authorised with and the split will keep (`productMetadata`, by product id).
 */
export function orderWeighing(
  order: { total: unknown; items?: Line[] | null },
  partLines: PartLine[],
  card: CardPayment | null,
  productMetadata: Map<string, Record<string, unknown> | null | undefined> = new Map()
): OrderWeighing {
  const pricingOf = new Map(partLines.map((l) => [l.metadata?.parent_line_item_id as string | undefined, weightPricingOf(l.metadata)]))
  const lines: WeighedOrderLine[] = []
  for (const item of order.items ?? []) {
    const wp = pricingOf.has(item.id) ? pricingOf.get(item.id) : weightPricingOf(productMetadata.get(item.product_id ?? ""))
    if (!wp) continue
    const m = item.metadata ?? {}
    const weighed = Number.isInteger(m.weighed_grams)
    const estimate = weighed && Number.isInteger(m.weighed_estimate) ? (m.weighed_estimate as number) : toCents(item.unit_price as number) * Number(item.quantity)
    lines.push({
      item_id: item.id,
      estimate,
      cap: estimate + toleranceOf(estimate, wp.tolerance_percent),
      tolerance_percent: wp.tolerance_percent,
      grams: weighed ? (m.weighed_grams as number) : null,
      amount: weighed ? (m.weighed_amount as number) : null,
    })
  }
  const pending = lines.filter((l) => l.grams === null)
  return {
    lines,
    pending: pending.length,
    max: toCents(order.total as number) + pending.reduce((s, l) => s + l.cap - l.estimate, 0),
    authorised: card ? toCents(card.amount as number) : null,
    captured: card ? sumCents(card.captures) : null,
  }
}
