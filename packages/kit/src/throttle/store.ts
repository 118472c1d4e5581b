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

/** For tests and shutdown: closes the shared Redis connection, if one was opened. */
export async function closeThrottleStore() {
  const open = redis
  redis = null
  await open?.quit().catch(() => open.disconnect())
}
