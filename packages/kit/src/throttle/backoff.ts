import type { RateLimiterAbstract } from "rate-limiter-flexible"
import type { LimiterFactory } from "./store"

export type BackoffOptions = {
  name: string
  /** Attempts allowed before the first wait. */
  free: number
  /** First wait, doubled at each further attempt, up to `maxWaitS`. */
  waitS: number
  maxWaitS: number
  /** How long attempts are remembered. */
  memoryS: number
}

/**
 * Exponential back-off for one kind of key (a client, an account, or both): after `free`
 * attempts each one more makes the next wait twice as long. Nobody is locked out for good —
 * the wait ends, and the next attempt is judged again.
 */
export class Backoff {
  private readonly attempts: RateLimiterAbstract
  private readonly waits: RateLimiterAbstract

  constructor(private readonly options: BackoffOptions, limiter: LimiterFactory) {
    // The counters never refuse by themselves (points far above any real count): the wait does.
    this.attempts = limiter({ keyPrefix: `rbv-throttle:${options.name}:n`, points: 1e9, duration: options.memoryS })
    this.waits = limiter({ keyPrefix: `rbv-throttle:${options.name}:w`, points: 1e9, duration: options.maxWaitS })
  }

  /** Milliseconds this key must still wait (0 when it may try). */
  async waitMs(key: string): Promise<number> {
    const wait = await this.waits.get(key)
    return wait && wait.consumedPoints > 0 ? Math.max(0, wait.msBeforeNext) : 0
  }

  /** Counts one attempt; once past the free ones, the next attempt has to wait. */
  async attempt(key: string): Promise<void> {
    const { consumedPoints } = await this.attempts.consume(key)
    const over = consumedPoints - this.options.free
    if (over >= 0) {
      const seconds = Math.min(this.options.maxWaitS, this.options.waitS * 2 ** over)
      await this.waits.set(key, 1, Math.ceil(seconds))
    }
  }

  /** A successful attempt gives its own attempt back (a regular user never drifts into a wait). */
  async refund(key: string): Promise<void> {
    const res = await this.attempts.get(key)
    if (!res || res.consumedPoints <= 0) return
    const left = await this.attempts.reward(key, 1)
    if (left.consumedPoints < this.options.free) await this.waits.delete(key)
  }

  /** Forgets the key entirely (the owner proved who they are). */
  async reset(key: string): Promise<void> {
    await Promise.all([this.attempts.delete(key), this.waits.delete(key)])
  }
}
