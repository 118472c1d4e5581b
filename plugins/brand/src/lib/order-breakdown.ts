import { priceBreakdown, type BreakdownLine, type BreakdownRates } from "./price-breakdown"

export type OrderLine = { amount: number; rates: BreakdownRates | null; roundup?: boolean }
export type OrderBreakdownLine = { key: BreakdownLine["key"] | "roundup" | "other"; amount: number; by: BreakdownLine["by"] | "resident" }

const ORDER: OrderBreakdownLine["key"][] = ["artisan", "commission", "fund", "roundup", "delivery", "vat", "other"]

/**
 * The transparent price of a whole order: each line split with its product's rates (the
 * artisan's part as one line), the resident's round-up as its own part, lines without rates
 * (no product) kept whole as "other"; parts summed by kind. Since every line's parts add up to
 * the line, the order's parts add up to the goods' total to the cent.
 */
export function orderBreakdown(lines: OrderLine[]): { price: number; lines: OrderBreakdownLine[] } {
  const sums = new Map<OrderBreakdownLine["key"], OrderBreakdownLine>()
  const add = (key: OrderBreakdownLine["key"], amount: number, by: OrderBreakdownLine["by"]) => {
    const line = sums.get(key) ?? { key, amount: 0, by }
    line.amount += amount
    sums.set(key, line)
  }
  for (const line of lines) {
    if (line.roundup) add("roundup", line.amount, "resident")
    else if (!line.rates) add("other", line.amount, "network")
    else for (const part of priceBreakdown(line.amount, line.rates)) add(part.key, part.amount, part.by)
  }
  return {
    price: lines.reduce((s, l) => s + l.amount, 0),
    lines: ORDER.map((k) => sums.get(k)).filter((l): l is OrderBreakdownLine => Boolean(l)),
  }
}
