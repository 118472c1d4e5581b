import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible"

type LimiterOptions = { keyPrefix: string; points: number; duration: number }
export type LimiterFactory = (options: LimiterOptions) => RateLimiterAbstract

let redis: Redis | null = null

/**
 * With REDIS_URL every server instance counts in the same Redis (a client rotating between
 * instances gains nothing); without it each process counts in memory. If Redis stops answering,
 * the in-memory limiter takes over instead of letting every attempt through.
 */
export function limiterFactory(redisUrl = process.env.REDIS_URL): LimiterFactory {
  if (!redisUrl) return (options) => new RateLimiterMemory(options)
  redis ??= new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
  const client = redis
  return (options) =>
    new RateLimiterRedis({ ...options, storeClient: client, insuranceLimiter: new RateLimiterMemory(options) })
}

/**
 * Resolves once the shared connection has been made, or has failed (the in-memory insurance
 * counts then). Without it the first attempts after a start would be counted in this process's
 * memory only, invisible to the other instances.
 */
export function throttleStoreReady(timeoutMs = 2000): Promise<void> {
  const client = redis
  if (!client || !["wait", "connecting", "connect"].includes(client.status)) return Promise.resolve()
  return new Promise((resolve) => {
    const events = ["ready", "error", "reconnecting", "end"] as const
    const done = () => {
      clearTimeout(timer)
      for (const e of events) client.off(e, done)
      resolve()
    }
    const timer = setTimeout(done, timeoutMs)
    for (const e of events) client.once(e, done)
  })
}

/** For tests and shutdown: closes the shared Redis connection, if one was opened. */
export async function closeThrottleStore() {
  const open = redis
  redis = null
  await open?.quit().catch(() => open.disconnect())
}
