import { centsInput, formatCents, formatDistance, formatDuration, formatTime, formatWindow, roundStatusKey, savedPercent } from "../format"

describe("logistics formatting", () => {
  it("shows dates in Rome time, whatever the server's zone", () => {
    // 16:00 UTC on 26 November is 17:00 in Verona (CET, +1).
    expect(formatWindow("2026-11-26T16:00:00.000Z", "2026-11-26T19:00:00.000Z", "it")).toBe("giovedì 26 novembre, 17:00–20:00")
    expect(formatWindow("2026-11-26T16:00:00.000Z", "2026-11-26T19:00:00.000Z", "en")).toBe("Thursday, 26 November, 17:00–20:00")
    // Summer time (+2).
    expect(formatTime("2026-07-02T15:30:00.000Z", "it")).toBe("17:30")
  })

  it("names every round status in Italian", () => {
    expect(["open", "closed", "planned", "in_progress", "completed", "cancelled", "bogus"].map(roundStatusKey)).toEqual([
      "logistics.status.open",
      "logistics.status.closed",
      "logistics.status.planned",
      "logistics.status.in_progress",
      "logistics.status.completed",
      "logistics.status.cancelled",
      "logistics.status.unknown",
    ])
  })

  it("turns cents into euro", () => {
    expect(formatCents(1250, "it").replace(/\u00a0/g, " ")).toBe("12,50 €")
    expect(formatCents(1250, "en")).toBe("€12.50")
    expect(formatCents(null, "it").replace(/\u00a0/g, " ")).toBe("0,00 €")
    expect(centsInput(1250)).toBe("12,50")
    expect(centsInput(0)).toBe("")
  })

  it("shows distances in km with one decimal, short ones in metres", () => {
    expect(formatDistance(12345, "it")).toBe("12,3 km")
    expect(formatDistance(12345, "en")).toBe("12.3 km")
    expect(formatDistance(850.4, "it")).toBe("850 m")
  })

  it("shows durations in hours and minutes", () => {
    expect(formatDuration(45 * 60 + 20)).toBe("45 min")
    expect(formatDuration(65 * 60)).toBe("1 h 05 min")
  })

  it("computes the share of kilometres saved", () => {
    expect(savedPercent(6000, 10000)).toBe(60)
    expect(savedPercent(1, 3)).toBe(33)
    expect(savedPercent(500, 0)).toBe(0)
  })
})
