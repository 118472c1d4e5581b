import { handTransitions } from "../../../modules/delivery/round-rules"

export const ADMIN_ROUND_FIELDS = ["*"]

/** A round as the coordinator sees it: with the drops still free and the statuses it can set by hand. */
export function adminRoundView<T extends { max_drops: number; drops_taken: number; status: string }>(round: T) {
  return { ...round, drops_left: Math.max(0, round.max_drops - round.drops_taken), allowed_transitions: handTransitions(round.status) }
}
