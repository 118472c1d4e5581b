/** Merging stops that share a door, for stops made before a stop could hold several orders. */

export type MergeableStop = {
  id: string
  round_id: string
  round_status: string
  status: string
  kind: string
  created_at: string | Date
  /** The key its first order gives it (lib/stop-key.ts), null when there is nothing to match on. */
  key: string | null
  order_row_ids: string[]
}

export type StopMergePlan = {
  stop_updates: ({ id: string; address_key: string } | { id: string; status: "cancelled" })[]
  order_updates: { id: string; stop_id: string }[]
  /** One entry per home stop merged away: the drop it held goes back to its round. */
  released_round_ids: string[]
}

// A planned or riding round keeps its stops as the volunteers see them on their sheet.
const MERGEABLE_ROUNDS = ["open", "closed"]

/**
 * Scheduled stops of one round with the same key become the oldest of them: the others' orders
 * move to it and they are cancelled, giving their drop back. Every stop that can carry its key
 * gets it, so later orders from the same door join; in a round that keeps duplicates, only the
 * oldest of them carries it (two scheduled stops never share a key).
 */
export function planStopMerge(stops: MergeableStop[]): StopMergePlan {
  const plan: StopMergePlan = { stop_updates: [], order_updates: [], released_round_ids: [] }
  const groups = new Map<string, MergeableStop[]>()
  for (const stop of stops) {
    if (!stop.key) continue
    if (stop.status !== "scheduled") {
      plan.stop_updates.push({ id: stop.id, address_key: stop.key })
      continue
    }
    const group = `${stop.round_id}|${stop.key}`
    groups.set(group, [...(groups.get(group) ?? []), stop])
  }
  for (const group of groups.values()) {
    const [keeper, ...others] = [...group].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id))
    plan.stop_updates.push({ id: keeper.id, address_key: keeper.key! })
    if (!MERGEABLE_ROUNDS.includes(keeper.round_status)) continue
    for (const other of others) {
      plan.order_updates.push(...other.order_row_ids.map((id) => ({ id, stop_id: keeper.id })))
      plan.stop_updates.push({ id: other.id, status: "cancelled" })
      if (other.kind === "home") plan.released_round_ids.push(other.round_id)
    }
  }
  return plan
}
