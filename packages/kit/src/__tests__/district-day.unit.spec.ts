import { districtDay } from "../district-day"

describe("districtDay", () => {
  it("dates an instant by Verona's calendar, not UTC's", () => {
    expect(districtDay("2026-11-30T23:30:00Z")).toBe("2026-12-01") // CET, UTC+1
    expect(districtDay("2026-11-30T22:59:59Z")).toBe("2026-11-30")
    expect(districtDay(new Date("2026-07-31T22:00:00Z"))).toBe("2026-08-01") // CEST, UTC+2
    expect(districtDay("2026-07-31T21:59:59Z")).toBe("2026-07-31")
  })
})
