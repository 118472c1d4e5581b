import { firstOpenRoundStart, planUpcomingRounds, roundsOfCadence } from "../basket-schedule"

// Weekly Thursday rounds from 3 Dec 2026 (Rome), cutoff the day before at 18:00 Rome.
const weekly = (n: number, first = "2026-12-03T16:00:00.000Z") =>
  Array.from({ length: n }, (_, i) => {
    const starts = new Date(new Date(first).getTime() + i * 7 * 86_400_000)
    return { id: `r${i + 1}`, starts_at: starts, cutoff_at: new Date(starts.getTime() - 22 * 3_600_000) }
  })

describe("roundsOfCadence", () => {
  const rounds = weekly(9)
  const since = new Date("2026-12-01T10:00:00.000Z")

  it("every round: each round whose cutoff is after the basket was made", () => {
    expect([...roundsOfCadence("every_round", rounds, since)]).toEqual(rounds.map((r) => r.id))
    // made after the first cutoff: that round is not one of its rounds
    expect(roundsOfCadence("every_round", rounds, new Date(rounds[0].cutoff_at.getTime() + 1)).has("r1")).toBe(false)
  })

  it("every other round counts from the first round after the basket was made, whatever order the rounds come in", () => {
    expect([...roundsOfCadence("every_other_round", [...rounds].reverse(), since)].sort()).toEqual(["r1", "r3", "r5", "r7", "r9"])
  })

  it("monthly: the first round of each Rome calendar month, even when it starts at 00:30 Rome on the 1st (still the 30th/31st in UTC)", () => {
    const picked = roundsOfCadence("monthly", rounds, since)
    // r1..r5 fall in December (3, 10, 17, 24, 31), r6 on 7 January
    expect([...picked]).toEqual(["r1", "r6"])
    const boundary = [
      { id: "dec", starts_at: "2026-12-30T10:00:00.000Z", cutoff_at: "2026-12-29T10:00:00.000Z" },
      { id: "jan1", starts_at: "2026-12-31T23:30:00.000Z", cutoff_at: "2026-12-31T10:00:00.000Z" },
      { id: "jan2", starts_at: "2027-01-05T10:00:00.000Z", cutoff_at: "2027-01-04T10:00:00.000Z" },
    ]
    expect([...roundsOfCadence("monthly", boundary, since)]).toEqual(["dec", "jan1"])
  })
})

describe("planUpcomingRounds", () => {
  const rounds = weekly(4)
  const basket = { cadence: "every_round" as const, status: "active", created_at: "2026-12-01T10:00:00.000Z", skipped_round_ids: ["r2"], placed_round_ids: [] as string[] }
  const LEAD = 10 * 60_000

  it("leaves out rounds past their cutoff or already placed, and tells skipped rounds apart", () => {
    const now = new Date(rounds[0].cutoff_at.getTime() + 1)
    const plan = planUpcomingRounds({ ...basket, placed_round_ids: ["r4"] }, rounds, now, LEAD)
    expect(plan.map((p) => [p.round_id, p.goes, p.skipped, p.can_skip, p.can_unskip])).toEqual([
      ["r2", false, true, false, true],
      ["r3", true, false, true, false],
    ])
  })

  it("a round inside the placing lead can no longer be skipped (its basket is being placed)", () => {
    const now = new Date(rounds[0].cutoff_at.getTime() - LEAD + 1)
    const [first] = planUpcomingRounds(basket, rounds, now, LEAD)
    expect(first).toMatchObject({ round_id: "r1", goes: true, can_skip: false })
    expect(first.editable_until.getTime()).toBe(rounds[0].cutoff_at.getTime() - LEAD)
  })

  it("a round closed before its cutoff is not ahead any more; a basket made then counts its cadence from the next open round", () => {
    const closedFirst = rounds.map((r, i) => ({ ...r, status: i === 0 ? "closed" : "open" }))
    const now = new Date("2026-12-01T12:00:00.000Z")
    const everyOther = { ...basket, cadence: "every_other_round" as const, skipped_round_ids: [] }
    // Counted from the basket's making alone, the closed round would have been its first (and r2 not due).
    expect(planUpcomingRounds(everyOther, closedFirst, now, LEAD).map((p) => [p.round_id, p.goes])).toEqual([
      ["r2", false],
      ["r3", true],
      ["r4", false],
    ])
    const cadence_from = firstOpenRoundStart(closedFirst, now, LEAD)
    expect(cadence_from).toEqual(rounds[1].starts_at)
    expect(planUpcomingRounds({ ...everyOther, cadence_from }, closedFirst, now, LEAD).map((p) => [p.round_id, p.goes])).toEqual([
      ["r2", true],
      ["r3", false],
      ["r4", true],
    ])
    // Once r2 is placed and closed, the count does not move: r4 still goes, r3 still does not.
    const later = closedFirst.map((r) => (r.id === "r2" ? { ...r, status: "closed" } : r))
    expect([...roundsOfCadence("every_other_round", later, everyOther.created_at, cadence_from)]).toEqual(["r2", "r4"])
  })

  it("no open round ahead: nothing to count from yet", () => {
    expect(firstOpenRoundStart(rounds.map((r) => ({ ...r, status: "closed" })), new Date("2026-12-01T12:00:00.000Z"), LEAD)).toBeNull()
  })

  it("a paused basket goes into no round", () => {
    const plan = planUpcomingRounds({ ...basket, status: "paused" }, rounds, new Date("2026-12-01T12:00:00.000Z"), LEAD)
    expect(plan.some((p) => p.goes)).toBe(false)
    expect(plan.some((p) => p.can_skip)).toBe(false)
    // the same basket active can skip a round, so the line above can fail
    expect(planUpcomingRounds(basket, rounds, new Date("2026-12-01T12:00:00.000Z"), LEAD).some((p) => p.can_skip)).toBe(true)
  })
})
