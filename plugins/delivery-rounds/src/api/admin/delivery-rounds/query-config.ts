import { handTransitions } from "../../../modules/delivery/round-rules"
import { ROUND_REF_FIELDS, roundRefIds, type Refs } from "../../../modules/delivery/round-refs"

export const ADMIN_ROUND_FIELDS = ["*", ...ROUND_REF_FIELDS]

/** A round as the coordinator sees it: its zones, pickup points and volunteers by id, the drops still free and the statuses it can set by hand. */
export function adminRoundView<T extends Refs & { max_drops: number; drops_taken: number; status: string }>(round: T) {
  return { ...roundRefIds(round), drops_left: Math.max(0, round.max_drops - round.drops_taken), allowed_transitions: handTransitions(round.status) }
}
