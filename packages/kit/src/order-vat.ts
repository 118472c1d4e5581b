type Amount = number | string | null | undefined

const cents = (euro: Amount) => Math.round(Number(euro ?? 0) * 100)

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
