import { vatCents } from "@rbv/kit/order-vat"
import { makerOf } from "@/lib/util/makers"

/** The credit line the vendors plugin puts on a resident's order for a maker's part taken out of it (reference id: the maker). */
export const RELEASED_PART_REFERENCE = "maker_part_released"

type CreditLine = { reference?: string | null; reference_id?: string | null; amount?: number | string | null }
type Line = { tax_total?: number | null; product?: object | null }

const cents = (euro: number | string | null | undefined) => Math.round(Number(euro ?? 0) * 100)

/** The makers' parts released from an order (e.g. a round's minimum not reached): cents by maker id. */
export function releasedParts(creditLines: CreditLine[] | null | undefined): Map<string, number> {
  const parts = new Map<string, number>()
  for (const line of creditLines ?? []) {
    if (line.reference !== RELEASED_PART_REFERENCE || !line.reference_id) continue
    parts.set(line.reference_id, (parts.get(line.reference_id) ?? 0) + cents(line.amount))
  }
  return parts
}

/** The VAT in what the resident still pays (cents): the lines of the makers still in the order, and the delivery. */
export function keptTax(items: Line[] | null | undefined, released: Map<string, number>, shippingTax: number | null | undefined): number {
  const kept = (items ?? []).filter((item) => !released.has(makerOf(item.product).id ?? ""))
  return vatCents(kept, shippingTax)
}
