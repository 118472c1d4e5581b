type PricedVariant = {
  calculated_price?: { calculated_amount?: number | null; currency_code?: string | null } | null
}

export type Price = { amount: number; currencyCode: string }

/** A variant's price in the shop's region (VAT included: the region's prices include tax). */
export function variantPrice(variant: PricedVariant | null | undefined): Price | null {
  const price = variant?.calculated_price
  if (!price || price.calculated_amount == null || !price.currency_code) return null
  return { amount: price.calculated_amount, currencyCode: price.currency_code }
}

/** The lowest variant price, and whether variants differ in price ("da 4,50 €"). */
export function cheapestPrice(variants: PricedVariant[] | null | undefined): (Price & { varies: boolean }) | null {
  const prices = (variants ?? []).map(variantPrice).filter((p): p is Price => p !== null)
  if (!prices.length) return null
  const min = prices.reduce((a, b) => (b.amount < a.amount ? b : a))
  return { ...min, varies: prices.some((p) => p.amount !== min.amount) }
}
