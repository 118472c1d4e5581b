import { DateTime } from "luxon"
import { ROUND_TIME_ZONE } from "./round-dates"

export type Cadence = "every_round" | "every_other_round" | "monthly"
export type ScheduleRound = { id: string; starts_at: Date | string; cutoff_at: Date | string; status?: string }

/**
 * The rounds a basket's cadence picks among the rounds that serve it whose cutoff falls after the
 * basket was made and that start no earlier than its `cadence_from` (sorted here by start): every
 * round; every other one counting from the first; or the first of each calendar month in Rome.
 * Skips do not move the cadence (a skipped round is simply not placed), so the answer depends only
 * on the rounds, never on what was placed.
 */
export function roundsOfCadence<R extends ScheduleRound>(cadence: Cadence, rounds: R[], since: Date | string, cadenceFrom?: Date | string | null): Set<string> {
  const from = new Date(since).getTime()
  const first = cadenceFrom ? new Date(cadenceFrom).getTime() : -Infinity
  const sorted = rounds
    .filter((r) => new Date(r.cutoff_at).getTime() > from && new Date(r.starts_at).getTime() >= first)
    .sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime())
  if (cadence === "every_round") return new Set(sorted.map((r) => r.id))
  if (cadence === "every_other_round") return new Set(sorted.filter((_, i) => i % 2 === 0).map((r) => r.id))
  const months = new Set<string>()
  const picked = new Set<string>()
  for (const r of sorted) {
    const month = DateTime.fromJSDate(new Date(r.starts_at)).setZone(ROUND_TIME_ZONE).toFormat("yyyy-MM")
    if (months.has(month)) continue
    months.add(month)
    picked.add(r.id)
  }
  return picked
}

export type BasketRoundPlan = { round_id: string; due: boolean; skipped: boolean; goes: boolean; editable_until: Date; can_skip: boolean; can_unskip: boolean }

/**
 * For each round still taking orders (open, before its cutoff) that the basket was not placed in
 * yet: whether the basket is due, skipped, and so goes into it; until `editable_until` (the round's
 * cutoff less the placing lead) the resident may skip it or take the skip back. A round closed
 * before its cutoff takes no basket any more (closing it placed those it could), so it is not ahead.
 */
export function planUpcomingRounds(
  basket: { cadence: Cadence; status: string; created_at: Date | string; cadence_from?: Date | string | null; skipped_round_ids: string[]; placed_round_ids: string[] },
  rounds: ScheduleRound[],
  now: Date,
  leadMs: number
): BasketRoundPlan[] {
  const due = roundsOfCadence(basket.cadence, rounds, basket.created_at, basket.cadence_from)
  const skipped = new Set(basket.skipped_round_ids)
  const placed = new Set(basket.placed_round_ids)
  return rounds
    .filter((r) => (r.status ?? "open") === "open" && new Date(r.cutoff_at).getTime() > now.getTime() && !placed.has(r.id))
    .sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime())
    .map((r) => {
      const editable_until = new Date(new Date(r.cutoff_at).getTime() - leadMs)
      const open = now.getTime() < editable_until.getTime()
      const isDue = due.has(r.id)
      const isSkipped = skipped.has(r.id)
      return {
        round_id: r.id,
        due: isDue,
        skipped: isSkipped,
        goes: basket.status === "active" && isDue && !isSkipped,
        editable_until,
        // a paused basket goes into no round: there is nothing to skip until it is resumed
        can_skip: open && isDue && !isSkipped && basket.status === "active",
        can_unskip: open && isSkipped,
      }
    })
}

/** The start of the first round that still takes a basket's order `leadMs` from now: where a new cadence counts from. */
export function firstOpenRoundStart(rounds: (ScheduleRound & { status: string })[], now: Date, leadMs: number): Date | null {
  const open = rounds.filter((r) => r.status === "open" && new Date(r.cutoff_at).getTime() - leadMs > now.getTime())
  if (!open.length) return null
  return new Date(Math.min(...open.map((r) => new Date(r.starts_at).getTime())))
}
