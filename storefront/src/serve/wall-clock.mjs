// Next (16.x) times its page cache with two clocks. A tag revalidated by Medusa's subscriber is stamped
// with Date.now(), and so is a page when it is written; whether the tag has expired is then decided
// against `performance.timeOrigin + performance.now()` — the process's start plus its monotonic clock.
// The monotonic clock does not count time the machine spent paused (a VM snapshot or migration, a
// laptop asleep) and ignores steps of the wall clock, so after such a pause it stays behind Date.now()
// for the life of the process. Then `revalidateTag(tag, { expire: 0 })` no longer expires anything: the
// next visitor of every changed page is served the old one (STALE) while it re-renders — seen in CI
// after the VM was forked, every catalogue change from then on shown one visit late.
//
// The same remedy browsers' monitoring libraries use (Sentry, Bugsnag): re-anchor the origin on the
// wall clock whenever the two disagree by more than a few milliseconds. Between re-anchorings
// `timeOrigin + now()` keeps the monotonic clock's sub-millisecond order.

/**
 * Keeps `perf.timeOrigin + perf.now()` within `toleranceMs` of `wallNow()`. Returns a function that
 * puts the original `timeOrigin` back (tests).
 */
export function keepTimeOriginOnWallClock(perf = globalThis.performance, wallNow = () => Date.now(), toleranceMs = 5) {
  let origin = perf.timeOrigin
  Object.defineProperty(perf, "timeOrigin", {
    configurable: true,
    enumerable: true,
    get() {
      const monotonic = perf.now()
      const wall = wallNow()
      if (Math.abs(origin + monotonic - wall) > toleranceMs) origin = wall - monotonic
      return origin
    },
  })
  return () => delete perf.timeOrigin
}
