/**
 * One run for a burst of calls: a call waits `settleMs` (for the rest of its burst) and for the
 * run in progress, if any, and every call made until that run starts gets the same run. A call
 * made while a run is in progress gets the next one, which reads whatever changed meanwhile — so
 * `run` must read the current state itself (idempotent), never the caller's.
 */
export function coalesce<T>(run: () => Promise<T>, settleMs: number): () => Promise<T> {
  let next: Promise<T> | null = null
  let current: Promise<unknown> = Promise.resolve()
  return () => {
    if (next) return next
    const settled = () => new Promise<void>((resolve) => setTimeout(resolve, settleMs))
    const started = current
      .catch(() => undefined)
      .then(settled)
      .then(() => {
        next = null
        return run()
      })
    next = started
    current = started
    return started
  }
}
