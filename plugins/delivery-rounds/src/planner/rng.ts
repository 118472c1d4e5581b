/** Small seeded PRNG (mulberry32): same seed, same sequence, on every platform. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0 || 0x9e3779b9
  // the generator returns a 32-bit integer (a small integer, never boxed); the draw is made from
  // it by a wrapper small enough to be inlined where it is called: a double returned from a call
  // that is not inlined is boxed, and the searches draw millions of times
  const next = (): number => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return t ^ (t >>> 14)
  }
  return () => (next() >>> 0) / 4294967296
}

/** Integer in [0, n). */
export function randInt(rand: () => number, n: number): number {
  return Math.floor(rand() * n)
}

/** In-place Fisher–Yates shuffle. */
export function shuffle<T>(rand: () => number, a: T[]): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    const x = a[i]
    a[i] = a[j]
    a[j] = x
  }
  return a
}
