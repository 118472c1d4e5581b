type Address = { address_1?: string | null; address_2?: string | null; postal_code?: string | null; country_code?: string | null } | null | undefined

/** Case, accents, punctuation and spacing aside: "Via S. Nazaro, 12" and "via s nazaro 12" are one door. */
const normalise = (text: string | null | undefined) =>
  (text ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()

/**
 * What makes orders one stop of a round: the same delivery address at home (whoever placed
 * them: one door, one ring, one payment), the same resident at the same pickup point.
 * Null when there is nothing to match on (the order then is a stop of its own).
 */
export function stopKey(order: { pickup_point_id?: string | null; email?: string | null; address?: Address }): string | null {
  if (order.pickup_point_id) {
    const email = (order.email ?? "").trim().toLowerCase()
    return email ? `pickup|${order.pickup_point_id}|${email}` : null
  }
  const a = order.address
  const street = normalise(a?.address_1)
  if (!street) return null
  return ["home", normalise(a?.country_code), normalise(a?.postal_code), street, normalise(a?.address_2)].join("|")
}
