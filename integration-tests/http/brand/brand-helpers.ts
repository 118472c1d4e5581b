// Reading the brand's answers in HTTP specs.
type Line = { key: string; amount: number; by: string }

/** The parts of a product's price breakdown, added up. */
export const breakdownSum = (breakdown: { lines: Line[] }) => breakdown.lines.reduce((sum, l) => sum + l.amount, 0)

export const waitFor = async <T>(probe: () => Promise<T | undefined | null | false>, what: string, ms = 20_000): Promise<T> => {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    const value = await probe()
    if (value) return value
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`timed out waiting for ${what}`)
}
