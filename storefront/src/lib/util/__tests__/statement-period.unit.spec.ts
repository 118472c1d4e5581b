import { isStatementPeriod, statementRange } from "../statement-period"

/** Rome's midnight of a calendar day, found independently of luxon: the UTC instant whose Rome wall clock reads 00:00. */
function romeMidnight(y: number, m: number, d: number): string {
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.UTC(y, m - 1, d, -offsetHours))
    const wall = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Rome", hour: "2-digit", hourCycle: "h23", day: "2-digit" }).format(candidate)
    if (wall === `${String(d).padStart(2, "0")}, 00`) return candidate.toISOString()
  }
  throw new Error("no Rome midnight found")
}

describe("statementRange", () => {
  it("gives calendar months in Rome, the end excluded", () => {
    const now = new Date("2026-01-15T10:00:00Z")
    expect(statementRange("this_month", now)).toEqual({ from: romeMidnight(2026, 1, 1), to: romeMidnight(2026, 2, 1) })
    expect(statementRange("last_month", now)).toEqual({ from: romeMidnight(2025, 12, 1), to: romeMidnight(2026, 1, 1) })
    expect(statementRange("all", now)).toEqual({})
  })

  it("starts a month at Rome's midnight: an order at 00:30 on the 1st in Rome is in the new month", () => {
    const orderAt = new Date("2026-11-30T23:30:00Z") // 1 December, 00:30 in Rome
    const { from, to } = statementRange("this_month", orderAt)
    expect(from).toBe("2026-11-30T23:00:00.000Z")
    expect(new Date(from!) <= orderAt && orderAt < new Date(to!)).toBe(true)
    const november = statementRange("last_month", orderAt)
    expect(orderAt < new Date(november.to!)).toBe(false)
  })

  it("follows summer time (a month starting in CEST begins at 22:00 UTC)", () => {
    expect(statementRange("this_month", new Date("2026-07-10T12:00:00Z"))).toEqual({
      from: "2026-06-30T22:00:00.000Z",
      to: "2026-07-31T22:00:00.000Z",
    })
    // March: from CET (UTC+1) to CEST (UTC+2) within the month.
    expect(statementRange("this_month", new Date("2026-03-20T12:00:00Z"))).toEqual({ from: romeMidnight(2026, 3, 1), to: romeMidnight(2026, 4, 1) })
  })

  it("knows its periods", () => {
    expect(isStatementPeriod("last_month")).toBe(true)
    expect(isStatementPeriod("year")).toBe(false)
  })
})
