export const ADMIN_ROUND_FIELDS = ["*"]

/** A round as the coordinator sees it: with the drops still free. */
export function withDropsLeft<T extends { max_drops: number; drops_taken: number }>(round: T) {
  return { ...round, drops_left: Math.max(0, round.max_drops - round.drops_taken) }
}
