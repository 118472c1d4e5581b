// Reading the brand's answers in HTTP specs.
type Line = { key: string; amount: number; by: string }

/** The parts of a product's price breakdown, added up. */
export const breakdownSum = (breakdown: { lines: Line[] }) => breakdown.lines.reduce((sum, l) => sum + l.amount, 0)

