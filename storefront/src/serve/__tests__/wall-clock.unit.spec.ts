// Next's own check of a revalidated tag, the one that decides between a fresh render and a STALE page.
import { areTagsExpired, tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js"
import { keepTimeOriginOnWallClock } from "../wall-clock.mjs"

const PAUSE_MS = 60_000

/** What Next's FileSystemCache.revalidateTag(tag, { expire: 0 }) records: stale and expired now, by Date.now(). */
function revalidate(tag: string) {
  const now = Date.now()
  tagsManifest.set(tag, { stale: now, expired: now })
}

describe("Next's cache after the machine was paused (wall clock ahead of the monotonic clock)", () => {
  let restore: (() => void) | undefined
  afterEach(() => {
    restore?.()
    restore = undefined
    jest.restoreAllMocks()
    tagsManifest.clear()
  })

  /** A page written now, then the wall clock jumps a minute ahead as after a VM pause, then Medusa's change arrives. */
  function pageWrittenThenPauseThenChange(tag: string): number {
    const written = Date.now()
    const real = Date.now.bind(Date)
    jest.spyOn(Date, "now").mockImplementation(() => real() + PAUSE_MS)
    revalidate(tag)
    return written
  }

  it("without the re-anchoring, Next keeps the page written before the change (this Next's defect)", () => {
    const written = pageWrittenThenPauseThenChange("product:miele")
    expect(areTagsExpired(["product:miele"], written)).toBe(false)
  })

  it("with it, the change expires the page at once, as `expire: 0` promises", () => {
    restore = keepTimeOriginOnWallClock()
    const written = pageWrittenThenPauseThenChange("product:miele")
    expect(areTagsExpired(["product:miele"], written)).toBe(true)
    expect(Math.abs(performance.timeOrigin + performance.now() - Date.now())).toBeLessThanOrEqual(5)
  })

  it("a page written after the change stays fresh", () => {
    restore = keepTimeOriginOnWallClock()
    pageWrittenThenPauseThenChange("vendor:forno")
    const rewritten = Date.now() + 1
    expect(areTagsExpired(["vendor:forno"], rewritten)).toBe(false)
  })

  it("leaves the origin alone while the clocks agree, so timestamps keep their sub-millisecond order", () => {
    const fake = { timeOrigin: 1_000_000.25, now: () => 10.5 } as unknown as Performance
    let wall = 1_000_011
    restore = keepTimeOriginOnWallClock(fake, () => wall)
    expect(fake.timeOrigin).toBe(1_000_000.25)
    wall += PAUSE_MS
    expect(fake.timeOrigin).toBe(wall - 10.5)
  })
})
