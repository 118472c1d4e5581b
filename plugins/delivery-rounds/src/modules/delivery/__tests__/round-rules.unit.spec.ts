import { canCompleteStop, canDeliverAgain, canFinishRound, canTakeDoorCashByHand, canPlan, canResidentCancel, canResidentCancelRide, canStart, everyDoorSettled, handTransitions, ROUND_TRANSITIONS, type RoundStatus } from "../round-rules"

const STATUSES = Object.keys(ROUND_TRANSITIONS) as RoundStatus[]

describe("round rules", () => {
  it("offers by hand only moves the state machine allows, and never the ones /logistica makes", () => {
    for (const from of STATUSES) {
      for (const to of handTransitions(from)) {
        expect(ROUND_TRANSITIONS[from]).toContain(to)
        expect(["planned", "in_progress", "completed"]).not.toContain(to)
      }
    }
    expect(handTransitions("nonsense")).toEqual([])
  })

  it("lets a round start exactly when it may become in progress, and be planned until it leaves", () => {
    expect(STATUSES.filter(canStart)).toEqual(STATUSES.filter((s) => ROUND_TRANSITIONS[s].includes("in_progress")))
    expect(STATUSES.filter(canPlan)).toEqual(["open", "closed", "planned"])
  })

  it("lets a resident cancel only while the round is open and its cutoff is ahead", () => {
    const now = new Date("2026-12-03T10:00:00.000Z")
    const ahead = "2026-12-03T10:00:01.000Z"
    const past = "2026-12-03T09:59:59.000Z"
    expect(STATUSES.filter((status) => canResidentCancel({ status, cutoff_at: ahead }, now))).toEqual(["open"])
    expect(canResidentCancel({ status: "open", cutoff_at: past }, now)).toBe(false)
    expect(canResidentCancel({ status: "open", cutoff_at: now }, now)).toBe(false)
    expect(canResidentCancel({ status: "open", cutoff_at: new Date(ahead) }, now)).toBe(true)
    // Riding again after a failed delivery: never by the resident alone.
    expect(canResidentCancelRide({ status: "open", cutoff_at: ahead }, { attempt: 1 }, now)).toBe(true)
    expect(canResidentCancelRide({ status: "open", cutoff_at: ahead }, { attempt: 2 }, now)).toBe(false)
  })

  it("completes a stop once while its round is on the road; a failed one only delivered again, never failed twice nor undone", () => {
    const allowed: string[] = []
    for (const round of STATUSES)
      for (const stop of ["scheduled", "delivered", "failed", "cancelled"])
        for (const outcome of ["delivered", "failed"] as const) if (canCompleteStop(round, stop, outcome)) allowed.push(`${round}/${stop}/${outcome}`)
    expect(allowed).toEqual(["in_progress/scheduled/delivered", "in_progress/scheduled/failed", "in_progress/failed/delivered"])
  })

  it("offers a second pass only at a failed door of a round on the road whose orders nobody collected at the hub", () => {
    expect(canDeliverAgain("in_progress", "failed", [{ collected_at: null }, {}])).toBe(true)
    expect(canDeliverAgain("in_progress", "failed", [{ collected_at: null }, { collected_at: "2026-12-04T10:00:00Z" }])).toBe(false)
    expect(canDeliverAgain("in_progress", "scheduled", [{}])).toBe(false)
    expect(canDeliverAgain("completed", "failed", [{}])).toBe(false)
  })

  it("ends a round by itself only once no door is left to ride to or to ring again; the rider closes it once none is left to ride to", () => {
    const door = (status: string, collected = false) => ({ status, orders: [{ collected_at: collected ? "2026-12-04T10:00:00Z" : null }] })
    // every combination of three doors, checked against the words of the rule
    const kinds = [door("scheduled"), door("delivered"), door("failed"), door("failed", true), door("cancelled")]
    for (const a of kinds)
      for (const b of kinds)
        for (const c of kinds) {
          const doors = [a, b, c]
          const toRide = doors.some((d) => d.status === "scheduled")
          const toRingAgain = doors.some((d) => d.status === "failed" && !d.orders[0].collected_at)
          expect(everyDoorSettled("in_progress", doors)).toBe(!toRide && !toRingAgain)
          expect(canFinishRound("in_progress", doors)).toBe(!toRide)
          for (const status of STATUSES.filter((s) => s !== "in_progress")) expect(canFinishRound(status, doors)).toBe(false)
        }
    expect(everyDoorSettled("in_progress", [])).toBe(true)
  })

  it("takes door cash by hand before the round leaves and after the delivery, never between (the round on the road and after it)", () => {
    // The round has left once it is on the road or anywhere the state machine goes from there.
    const left = new Set<RoundStatus>(["in_progress"])
    for (let grew = true; grew; ) {
      grew = false
      for (const from of left) for (const to of ROUND_TRANSITIONS[from]) if (!left.has(to)) (left.add(to), (grew = true))
    }
    expect(STATUSES.filter((s) => !canTakeDoorCashByHand(s, { delivered: false }))).toEqual(STATUSES.filter((s) => left.has(s)))
    expect(STATUSES.filter((s) => canTakeDoorCashByHand(s, { delivered: true }))).toEqual(STATUSES)
  })
})
