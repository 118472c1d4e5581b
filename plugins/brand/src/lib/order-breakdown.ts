import { priceBreakdown, type BreakdownLine, type BreakdownRates } from "./price-breakdown"

export type OrderLine = { amount: number; rates: BreakdownRates | null; roundup?: boolean }
export type OrderBreakdownLine = { key: BreakdownLine["key"] | "other"; amount: number; by: BreakdownLine["by"] }

const ORDER: OrderBreakdownLine["key"][] = ["artisan", "commission", "fund", "delivery", "vat", "other"]

/**
 * The transparent price of a whole order: each line split with its product's rates (the
 * artisan's part as one line), lines without rates (no product) kept whole as "other"; parts
 * summed by kind. Since every line's parts add up to the line, the order's parts add up to the
 * goods' total to the cent. The resident's round-up is a gift to the fund, not part of any
 * price: it is told apart (`roundup`), outside the goods and their parts.
 */
export function orderBreakdown(lines: OrderLine[]): { price: number; lines: OrderBreakdownLine[]; roundup: number } {
  const sums = new Map<OrderBreakdownLine["key"], OrderBreakdownLine>()
  const add = (key: OrderBreakdownLine["key"], amount: number, by: OrderBreakdownLine["by"]) => {
    const line = sums.get(key) ?? { key, amount: 0, by }
    line.amount += amount
    sums.set(key, line)
  }
  const goods = lines.filter((l) => !l.roundup)
  for (const line of goods) {
    if (!line.rates) add("other", line.amount, "network")
    else for (const part of priceBreakdown(line.amount, line.rates)) add(part.key, part.amount, part.by)
  }
  return {
    price: goods.reduce((s, l) => s + l.amount, 0),
    lines: ORDER.map((k) => sums.get(k)).filter((l): l is OrderBreakdownLine => Boolean(l)),
    roundup: lines.filter((l) => l.roundup).reduce((s, l) => s + l.amount, 0),
  }
}
