/** The round-up line the brand plugin puts in the cart (metadata flag, as the plugin sets it). */
export const ROUNDUP_METADATA_KEY = "rbv_roundup"

type Item = { unit_price?: number | null; quantity?: number | null; metadata?: Record<string, unknown> | null }

const cents = (euro: number | null | undefined) => Math.round(Number(euro ?? 0) * 100)

/** The round-up already in the cart, in cents. */
export function currentRoundUp(items: Item[] | null | undefined): number {
  return (items ?? []).filter((i) => i.metadata?.[ROUNDUP_METADATA_KEY]).reduce((sum, i) => sum + cents(i.unit_price) * Number(i.quantity ?? 1), 0)
}

/**
 * The goods of a cart or order without the round-up line, and the round-up (cents) apart: it is
 * a donation to the fund, shown next to the goods, never among them.
 */
export function withoutRoundUp<T extends Item>(items: T[] | null | undefined): { goods: T[]; roundUp: number } {
  const all = items ?? []
  return { goods: all.filter((i) => !i.metadata?.[ROUNDUP_METADATA_KEY]), roundUp: currentRoundUp(all) }
}

export type RoundUpChoice = { amount: number; kind: "none" | "to_euro" | "plus"; total: number }

/**
 * What the resident can choose, from the cart total without any round-up (cents): nothing,
 * up to the next whole euro (when the total is not already whole), one or two euro more.
 */
export function roundUpChoices(totalWithoutRoundUp: number): RoundUpChoice[] {
  const choices: RoundUpChoice[] = [{ amount: 0, kind: "none", total: totalWithoutRoundUp }]
  const toEuro = (100 - (totalWithoutRoundUp % 100)) % 100
  if (toEuro > 0) choices.push({ amount: toEuro, kind: "to_euro", total: totalWithoutRoundUp + toEuro })
  for (const plus of [100, 200]) choices.push({ amount: plus, kind: "plus", total: totalWithoutRoundUp + plus })
  return choices
}

export { cents as euroToCents }
