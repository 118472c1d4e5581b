/** Lexicographic objective: unassigned priority, then unassigned count, then cost. */
export interface Score {
  prio: number
  count: number
  cost: number
}

/** Whether a is strictly better than b. */
export function better(a: Score, b: Score): boolean {
  if (a.prio !== b.prio) return a.prio < b.prio
  if (a.count !== b.count) return a.count < b.count
  return a.cost < b.cost - 1e-9
}
