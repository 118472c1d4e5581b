import { planStopMerge, type MergeableStop } from "../stop-merge"

const stop = (id: string, over: Partial<MergeableStop> = {}): MergeableStop => ({
  id,
  round_id: "r1",
  round_status: "closed",
  status: "scheduled",
  kind: "home",
  created_at: `2026-11-0${id.slice(-1)}T10:00:00Z`,
  key: "home|it|37129|via san nazaro 12|",
  order_row_ids: [`row_${id}`],
  ...over,
})

describe("planStopMerge", () => {
  it("one door in a round not yet planned: the oldest stop takes every order, the others go and give their drop back", () => {
    const plan = planStopMerge([stop("s3"), stop("s1"), stop("s2", { kind: "pickup", key: "home|it|37129|via san nazaro 12|" })])
    expect(plan.order_updates).toEqual([
      { id: "row_s2", stop_id: "s1" },
      { id: "row_s3", stop_id: "s1" },
    ])
    expect(plan.stop_updates).toEqual([
      { id: "s1", address_key: "home|it|37129|via san nazaro 12|" },
      { id: "s2", status: "cancelled" },
      { id: "s3", status: "cancelled" },
    ])
    // a pickup held no drop
    expect(plan.released_round_ids).toEqual(["r1"])
  })

  it("other rounds, other doors and stops already done are never merged; a planned round keeps its sheet", () => {
    const plan = planStopMerge([
      stop("s1"),
      stop("s2", { round_id: "r2" }),
      stop("s3", { key: "home|it|37129|via san nazaro 14|" }),
      stop("s4", { status: "delivered" }),
      stop("s5", { round_id: "r3", round_status: "planned" }),
      stop("s6", { round_id: "r3", round_status: "planned" }),
      stop("s7", { key: null }),
    ])
    expect(plan.order_updates).toEqual([])
    expect(plan.released_round_ids).toEqual([])
    // each keeps (or gets) its key, but of two scheduled duplicates only the oldest carries it
    expect(plan.stop_updates.map((u) => u.id).sort()).toEqual(["s1", "s2", "s3", "s4", "s5"])
    expect(plan.stop_updates.every((u) => "address_key" in u)).toBe(true)
  })
})
