type Amount = number | string | null | undefined

/**
 * A line's VAT to the cent as the transparent price states it: the net is the price less VAT rounded half up, so
 * a VAT of exactly half a cent goes down (at 4%, any price an odd multiple of 13 cents: 2,99 € has 11,5 cents).
 * Other rates never land on a half cent, and no other VAT is within 1e-6 cent of one: the epsilon only turns those
 * ties (Medusa's 0.115, which Math.round takes up) down, and absorbs a float's noise on them.
 */
const cents = (euro: Amount) => Math.round(Number(euro ?? 0) * 100 - 1e-6)

/**
 * The VAT of a cart or an order (cents) as every screen and report states it: each line's VAT
 * rounded to the cent, summed, plus the delivery's. Medusa's own `tax_total` sums the lines
 * unrounded (1,045… € on the honey and 32,459… € on the bike make 33,504… €, shown 33,50 €),
 * while each maker's part of the order and the transparent price round per line (1,05 + 32,46):
 * the same checkout showed two VAT figures a cent apart.
 */
export function vatCents(lines: ReadonlyArray<{ tax_total?: Amount }> | null | undefined, deliveryTax?: Amount): number {
  return (lines ?? []).reduce((sum, line) => sum + cents(line.tax_total), 0) + cents(deliveryTax)
}

type TaxedLine = { tax_total?: Amount; tax_lines?: ReadonlyArray<{ rate?: Amount }> | null }

/**
 * The same VAT per rate (percent, ascending; cents): each line's rounded VAT counted under its rate, so the
 * rates add up to `vatCents`. Medusa's admin rounds each rate's unrounded sum instead, and its rates could be
 * a cent off its own total. A line without a tax line (none due) is left out.
 */
export function vatByRate(lines: ReadonlyArray<TaxedLine> | null | undefined, delivery?: ReadonlyArray<TaxedLine> | null): { rate: number; cents: number }[] {
  const byRate = new Map<number, number>()
  for (const line of [...(lines ?? []), ...(delivery ?? [])]) {
    const rate = line.tax_lines?.[0]?.rate
    if (rate === null || rate === undefined) continue
    byRate.set(Number(rate), (byRate.get(Number(rate)) ?? 0) + cents(line.tax_total))
  }
  return [...byRate].sort(([a], [b]) => a - b).map(([rate, sum]) => ({ rate, cents: sum }))
}
