import { isBeforeRoundDay, nextRoundDates, zonedTimeToUtc } from "../round-dates"
import { pointInPolygon, zoneServes } from "../zone-match"

const THURSDAY = { weekday: 4, start_time: "17:00", end_time: "20:00", cutoff_weekday: 2, cutoff_time: "23:59" }
const iso = (d: Date | null) => d && d.toISOString()

describe("zonedTimeToUtc", () => {
  it("reads Europe/Rome wall-clock times in summer and winter", () => {
    expect(iso(zonedTimeToUtc(2026, 7, 2, "17:00"))).toBe("2026-07-02T15:00:00.000Z")
    expect(iso(zonedTimeToUtc(2026, 12, 3, "17:00"))).toBe("2026-12-03T16:00:00.000Z")
  })
})

describe("isBeforeRoundDay", () => {
  // Thursday 10 December 2026, 17:00 in Verona = 16:00 UTC
  const round = "2026-12-10T16:00:00.000Z"
  it("reads the day on Verona's clock, not on UTC's", () => {
    expect(isBeforeRoundDay(round, new Date("2026-12-09T22:30:00Z"))).toBe(true) // Wednesday 23:30 in Verona
    expect(isBeforeRoundDay(round, new Date("2026-12-09T23:10:00Z"))).toBe(false) // already Thursday 00:10 in Verona
  })
  it("is false on the day itself and after it", () => {
    expect(isBeforeRoundDay(round, new Date("2026-12-10T20:00:00Z"))).toBe(false)
    expect(isBeforeRoundDay(round, new Date("2026-12-12T08:00:00Z"))).toBe(false)
    expect(isBeforeRoundDay(round, new Date("2026-12-02T19:00:00Z"))).toBe(true)
  })
})

describe("nextRoundDates", () => {
  it("gives the next Thursdays 17–20 with the Tuesday 23:59 cutoff, across the October DST change", () => {
    const rounds = nextRoundDates({ ...THURSDAY, dropoff_hours_before: 2 }, 2, new Date("2026-10-19T10:00:00Z"))
    expect(rounds.map((r) => [iso(r.starts_at), iso(r.ends_at), iso(r.cutoff_at), iso(r.dropoff_deadline)])).toEqual([
      ["2026-10-22T15:00:00.000Z", "2026-10-22T18:00:00.000Z", "2026-10-20T21:59:00.000Z", "2026-10-22T13:00:00.000Z"],
      ["2026-10-29T16:00:00.000Z", "2026-10-29T19:00:00.000Z", "2026-10-27T22:59:00.000Z", "2026-10-29T14:00:00.000Z"],
    ])
  })

  it("crosses the March DST change keeping 17:00 local", () => {
    const rounds = nextRoundDates(THURSDAY, 2, new Date("2026-03-23T08:00:00Z"))
    expect(rounds.map((r) => iso(r.starts_at))).toEqual(["2026-03-26T16:00:00.000Z", "2026-04-02T15:00:00.000Z"])
    expect(rounds[0].dropoff_deadline).toBeNull()
  })

  it("skips this week's round once its cutoff has passed", () => {
    const rounds = nextRoundDates(THURSDAY, 1, new Date("2026-10-21T06:00:00Z"))
    expect(iso(rounds[0].starts_at)).toBe("2026-10-29T16:00:00.000Z")
  })

  it("puts a same-weekday cutoff a week earlier when it is not before the start", () => {
    const [round] = nextRoundDates({ ...THURSDAY, cutoff_weekday: 4, cutoff_time: "18:00" }, 1, new Date("2026-10-19T10:00:00Z"))
    expect(iso(round.starts_at)).toBe("2026-10-29T16:00:00.000Z")
    expect(iso(round.cutoff_at)).toBe("2026-10-22T16:00:00.000Z")
  })

  it("treats a Sunday round (ISO 7) like any other day", () => {
    const [round] = nextRoundDates({ ...THURSDAY, weekday: 7, cutoff_weekday: 5 }, 1, new Date("2026-10-19T10:00:00Z"))
    expect(iso(round.starts_at)).toBe("2026-10-25T16:00:00.000Z")
  })
})

describe("zoneServes", () => {
  const square = { type: "Polygon", coordinates: [[[11.0, 45.44], [11.01, 45.44], [11.01, 45.45], [11.0, 45.45], [11.0, 45.44]]] }
  it("matches by CAP or by coordinates inside the polygon", () => {
    expect(zoneServes({ postal_codes: ["37129"] }, " 37129 ")).toBe(true)
    expect(zoneServes({ postal_codes: ["37129"] }, "20121")).toBe(false)
    expect(zoneServes({ postal_codes: [], polygon: square }, "37100", { lat: 45.4426, lng: 11.0068 })).toBe(true)
    expect(zoneServes({ postal_codes: [], polygon: square }, "37100", { lat: 45.46, lng: 11.0068 })).toBe(false)
    expect(pointInPolygon(11.005, 45.445, null)).toBe(false)
  })
})

describe("pointInPolygon", () => {
  // A 10×10 square with a 2×2 courtyard cut out of its middle, and a second island to the east.
  const ring = (x: number, y: number, w: number) => [[x, y], [x + w, y], [x + w, y + w], [x, y + w], [x, y]]
  const withHole = { type: "Polygon", coordinates: [ring(0, 0, 10), ring(4, 4, 2)] }
  const islands = { type: "MultiPolygon", coordinates: [[ring(0, 0, 10), ring(4, 4, 2)], [ring(20, 0, 5)]] }

  it("leaves out a polygon's holes", () => {
    expect(pointInPolygon(1, 1, withHole)).toBe(true)
    expect(pointInPolygon(5, 5, withHole)).toBe(false)
    expect(pointInPolygon(11, 5, withHole)).toBe(false)
  })

  it("serves every part of a MultiPolygon", () => {
    expect(pointInPolygon(22, 2, islands)).toBe(true)
    expect(pointInPolygon(1, 1, islands)).toBe(true)
    expect(pointInPolygon(5, 5, islands)).toBe(false)
    expect(pointInPolygon(15, 2, islands)).toBe(false)
  })
})
