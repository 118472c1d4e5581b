export type LeftOutReason = "product_gone" | "sold_out" | "batch_full" | "round_unavailable"
export type BasketLineFacts = {
  variants: Map<string, { title: string; product_id: string; on_sale: boolean; manage_inventory: boolean; allow_backorder: boolean }>
  /** Units in stock per variant (absent: not known, completion checks it). */
  stock: Map<string, number>
  /** The batch limit each product counts against, and the units each limit has left this round. */
  limitOf: Map<string, string>
  batchLeft: Map<string, number>
}
export type SortedLine = { variant_id: string; title: string; quantity: number }

/**
 * Which of a basket's lines a round can take, in the basket's order: a product no longer on sale,
 * out of stock, or past its maker's batch for the round is left out whole (never a part of a
 * line: the resident asked for that many), and the units of a batch go to earlier lines first.
 */
export function sortBasketLines(lines: { variant_id: string; quantity: number }[], facts: BasketLineFacts) {
  const batchLeft = new Map(facts.batchLeft)
  const placed: SortedLine[] = []
  const left_out: (SortedLine & { reason: LeftOutReason })[] = []
  for (const line of lines) {
    const v = facts.variants.get(line.variant_id)
    const title = v?.title ?? line.variant_id
    const out = (reason: LeftOutReason) => left_out.push({ variant_id: line.variant_id, title, quantity: line.quantity, reason })
    if (!v || !v.on_sale) { out("product_gone"); continue }
    const stock = facts.stock.get(line.variant_id)
    if (v.manage_inventory && !v.allow_backorder && stock !== undefined && stock < line.quantity) { out("sold_out"); continue }
    const limit = facts.limitOf.get(v.product_id)
    if (limit !== undefined) {
      const left = batchLeft.get(limit) ?? 0
      if (left < line.quantity) { out("batch_full"); continue }
      batchLeft.set(limit, left - line.quantity)
    }
    placed.push({ variant_id: line.variant_id, title, quantity: line.quantity })
  }
  return { placed, left_out }
}
