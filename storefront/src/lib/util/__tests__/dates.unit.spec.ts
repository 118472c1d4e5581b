import { formatSlot } from "../dates"

describe("formatSlot", () => {
  it("shows the day and the window in Rome time, whatever the server's zone", () => {
    // 16:00–19:00 UTC is 17:00–20:00 in Rome in winter (CET).
    expect(formatSlot("2026-11-26T16:00:00.000Z", "2026-11-26T19:00:00.000Z", "it")).toBe("giovedì 26 novembre, 17:00–20:00")
    expect(formatSlot("2026-11-26T16:00:00.000Z", "2026-11-26T19:00:00.000Z", "en")).toBe("Thursday, 26 November, 17:00–20:00")
  })

  it("follows summer time", () => {
    expect(formatSlot("2026-07-02T15:00:00.000Z", "2026-07-02T18:00:00.000Z", "it")).toBe("giovedì 2 luglio, 17:00–20:00")
  })
})
