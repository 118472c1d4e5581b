type MedusaNumber = number | string | { value?: string; numeric?: number } | null | undefined

// Query gives computed totals and quantities as Medusa's BigNumber (its `numeric`), stored ones as numbers or raw `{ value }`.
export const toNumber = (amount: MedusaNumber): number =>
  typeof amount === "object" && amount !== null ? Number(amount.numeric ?? amount.value) : Number(amount ?? 0)

// Medusa keeps amounts in major units; our ledgers keep integer cents.
export const toCents = (amount: MedusaNumber): number => Math.round(toNumber(amount) * 100)

export const fromCents = (cents: number) => cents / 100

/** The cents of Medusa rows with an `amount` (a payment's captures, its refunds) added up. */
export const sumCents = (rows: { amount?: unknown }[] | null | undefined) => (rows ?? []).reduce((s: number, r) => s + toCents(r.amount as number), 0)

/** Commission on a gross amount, rounded half up to the cent, from a rate in basis points. */
export const commissionOf = (grossCents: number, rateBps: number) => Math.round((grossCents * rateBps) / 10_000)

/**
 * Splits `totalCents` across parts proportionally to `weights` so that the parts add up to the
 * total exactly (largest remainder; ties go to the earlier part).
 */
export function allocate(totalCents: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum <= 0) return weights.map((_, i) => (i === 0 ? totalCents : 0))
  const raw = weights.map((w) => (totalCents * w) / sum)
  const parts = raw.map(Math.floor)
  let left = totalCents - parts.reduce((a, b) => a + b, 0)
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of order) {
    if (left <= 0) break
    parts[i] += 1
    left -= 1
  }
  return parts
}
