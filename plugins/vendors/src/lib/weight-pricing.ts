/**
 * Products sold by weight: a price per kg, an estimated weight per piece ("circa 1 kg") and a
 * tolerance. The shop sells the piece at the price of its estimate; when packing, the maker weighs
 * it and the resident pays the real weight — never more than the estimate plus the tolerance (a
 * heavier piece is capped there, the maker keeps the difference: the resident agreed to that much
 * and no more); a lighter piece costs less. Amounts are integer cents, weights grams.
 */
export type WeightPricing = { price_per_kg: number; unit_grams: number; tolerance_percent: number }

export const WEIGHT_PRICING_KEY = "weight_pricing"

/** Key in a card payment's data: the cents the Stripe provider captures (part of the authorisation). */
export const CAPTURE_AMOUNT_KEY = "rbv_amount_to_capture"

const isCount = (v: unknown, min: number, max: number) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max

/** The weight pricing kept in a product's (or an order line's) metadata, or null for a product sold by the piece. */
export function weightPricingOf(metadata: Record<string, unknown> | null | undefined): WeightPricing | null {
  const wp = metadata?.[WEIGHT_PRICING_KEY] as Partial<WeightPricing> | null | undefined
  if (!wp || !isCount(wp.price_per_kg, 1, 10_000_000) || !isCount(wp.unit_grams, 1, 100_000) || !isCount(wp.tolerance_percent, 0, 100)) return null
  return { price_per_kg: wp.price_per_kg!, unit_grams: wp.unit_grams!, tolerance_percent: wp.tolerance_percent! }
}

/** The price of `grams` at the price per kg, rounded half up to the cent. */
export const priceOfGrams = (pricePerKg: number, grams: number) => Math.round((pricePerKg * grams) / 1000)

/** The shelf price of one piece: the price of its estimated weight. */
export const estimatePrice = (wp: WeightPricing) => priceOfGrams(wp.price_per_kg, wp.unit_grams)

/** What the tolerance adds on top of an estimated amount (rounded up: the card authorisation covers it all). */
export const toleranceOf = (estimate: number, tolerancePercent: number) => Math.ceil((estimate * tolerancePercent) / 100)

export type WeighedAmount = {
  /** What the line cost when ordered (the estimate). */
  estimate: number
  /** The most the resident pays for it: estimate + tolerance. */
  cap: number
  /** The price of the real weight. */
  real: number
  /** What the resident pays: the real price, capped. */
  amount: number
  capped: boolean
}

/** A weighed line: `estimate` is the line's ordered amount (cents), `grams` the real weight of all its pieces. */
export function weighLine(wp: WeightPricing, estimate: number, grams: number): WeighedAmount {
  const cap = estimate + toleranceOf(estimate, wp.tolerance_percent)
  const real = priceOfGrams(wp.price_per_kg, grams)
  return { estimate, cap, real, amount: Math.min(real, cap), capped: real > cap }
}

/** A product sold by weight has exactly one size: the weight is the size. */
export function canSellByWeight(variants: readonly unknown[] | null | undefined): boolean {
  return (variants ?? []).length === 1
}
