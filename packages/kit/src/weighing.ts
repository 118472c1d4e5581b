/**
 * When a maker may enter the real weights of its part of a resident's order (products sold by
 * weight): one rule for every place that asks — the packing list of a round, the maker's order,
 * and the weighing itself. While packing: a part with lines sold by weight, not cancelled, still
 * in the workshop (not handed over to the round, not delivered). A part already weighed can be
 * weighed again — a wrong weight corrected — until it leaves the workshop.
 */
export type WeighablePart = {
  status: string
  has_weighed_lines: boolean
  weighed_at?: string | null
  handed_over_at?: string | null
  delivered?: boolean
}

/** Why a part cannot be weighed: the refusal's code, the request field it is about, and a message. */
export type WeighingRefusal = { code: string; field: "order" | "lines"; message: string }

const refused = (code: string, field: WeighingRefusal["field"], reason: string): WeighingRefusal => ({ code, field, message: `${field}: ${reason}` })

/** Why the part cannot be weighed, or null when it can. */
export function whyWeighingRefused(part: WeighablePart): WeighingRefusal | null {
  if (part.status === "canceled") return refused("order_cancelled", "order", "this part of the order is cancelled")
  if (!part.has_weighed_lines) return refused("nothing_weighed", "lines", "nothing in this part is sold by weight")
  if (part.delivered) return refused("order_delivered", "order", "this part of the order has been delivered")
  if (part.handed_over_at) return refused("order_handed_over", "order", "the round carrying this order has started: the goods have left the workshop")
  return null
}

export const canWeigh = (part: WeighablePart) => whyWeighingRefused(part) === null
