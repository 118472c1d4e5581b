import Redis from "ioredis"
import { loginServer, post, startRedis } from "./throttle-helpers"

type Kit = typeof import("../index")
const freshKit = (): Kit => {
  let kit: Kit | undefined
  jest.isolateModules(() => {
    kit = require("../index")
  })
  return kit!
}

jest.setTimeout(60_000)

const WRONG = { email: "forno@sannazaro.demo", password: "sbagliata" }
const RIGHT = { email: "forno@sannazaro.demo", password: "giusta" }

beforeEach(() => {
  process.env.RBV_THROTTLE_TRIES = "3"
  process.env.RBV_THROTTLE_BACKOFF_S = "3"
  delete process.env.TRUST_PROXY
  delete process.env.REDIS_URL
})

/**
 * The in-memory counters (rate-limiter-flexible's) read the time from Date: a case that waits out a
 * back-off fakes Date alone — sockets, timers and promises stay real — and moves it on.
 */
function fakeClock() {
  jest.useFakeTimers({ doNotFake: ["hrtime", "nextTick", "performance", "queueMicrotask", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout"] })
  return { advance: (ms: number) => jest.advanceTimersByTime(ms) }
}
afterEach(() => jest.useRealTimers())

describe("throttle (in memory)", () => {
  it("slows the stranger, not the owner on another client; X-Forwarded-For changes nothing", async () => {
    const clock = fakeClock()
    const kit = freshKit()
    const server = await loginServer(kit.throttle)
    try {
      for (let i = 0; i < 3; i++) {
        expect((await post(server.port, "127.0.0.2", WRONG, { "x-forwarded-for": `10.9.8.${i}` })).status).toBe(401)
      }
      const refused = await post(server.port, "127.0.0.2", WRONG, { "x-forwarded-for": "10.1.1.1" })
      expect(refused.status).toBe(429)
      expect(refused.retryAfter).toBeGreaterThanOrEqual(1)
      // the real owner, from their own client, is not locked out by the stranger
      expect((await post(server.port, "127.0.0.1", RIGHT)).status).toBe(200)
      // the stranger's wait doubles with each further failure
      clock.advance(refused.retryAfter! * 1000 + 50)
      expect((await post(server.port, "127.0.0.2", WRONG)).status).toBe(401)
      const longer = await post(server.port, "127.0.0.2", WRONG)
      expect(longer.status).toBe(429)
      expect(longer.retryAfter).toBeGreaterThanOrEqual(4)
    } finally {
      await server.close()
    }
  })

  it("lets the owner in after the back-off, and a success starts the count again", async () => {
    const clock = fakeClock()
    const kit = freshKit()
    const server = await loginServer(kit.throttle)
    try {
      for (let i = 0; i < 3; i++) await post(server.port, "127.0.0.3", WRONG)
      const waiting = await post(server.port, "127.0.0.3", RIGHT)
      expect(waiting.status).toBe(429)
      clock.advance(waiting.retryAfter! * 1000 + 50)
      expect((await post(server.port, "127.0.0.3", RIGHT)).status).toBe(200)
      // three fresh failures are free again after the success
      for (let i = 0; i < 3; i++) expect((await post(server.port, "127.0.0.3", WRONG)).status).toBe(401)
      expect((await post(server.port, "127.0.0.3", WRONG)).status).toBe(429)
    } finally {
      await server.close()
    }
  })

  it("throttles one client trying many accounts, and one account tried from many clients", async () => {
    const kit = freshKit()
    const server = await loginServer(kit.throttle)
    try {
      // 4 × tries failures from one client over different accounts → the client waits
      for (let i = 0; i < 12; i++) expect((await post(server.port, "127.0.0.4", { email: `n${i}@x.demo`, password: "no" })).status).toBe(401)
      expect((await post(server.port, "127.0.0.4", { email: "new@x.demo", password: "no" })).status).toBe(429)
      // 2 × tries failures on one account from different clients → that account waits, at most 60 s
      for (let i = 0; i < 6; i++) expect((await post(server.port, `127.0.1.${i + 1}`, { email: "target@x.demo", password: "no" })).status).toBe(401)
      const account = await post(server.port, "127.0.2.1", { email: "target@x.demo", password: "no" })
      expect(account.status).toBe(429)
      expect(account.retryAfter).toBeLessThanOrEqual(60)
    } finally {
      await server.close()
    }
  })

  it("trusts X-Forwarded-For only when TRUST_PROXY says how many proxies stand in front", async () => {
    process.env.TRUST_PROXY = "1"
    const kit = freshKit()
    const server = await loginServer(kit.throttle)
    try {
      for (let i = 0; i < 3; i++) await post(server.port, "127.0.0.5", WRONG, { "x-forwarded-for": "203.0.113.7" })
      expect((await post(server.port, "127.0.0.5", WRONG, { "x-forwarded-for": "203.0.113.7" })).status).toBe(429)
      // another client behind the same proxy is another client
      expect((await post(server.port, "127.0.0.5", WRONG, { "x-forwarded-for": "203.0.113.8" })).status).toBe(401)
    } finally {
      await server.close()
    }
  })
})

describe("throttle (Redis, shared between instances)", () => {
  let redis: Awaited<ReturnType<typeof startRedis>>
  beforeAll(async () => {
    redis = await startRedis()
  })
  afterAll(async () => {
    await redis.stop()
  })

  it("counts failures made on one instance when the client moves to another", async () => {
    process.env.REDIS_URL = redis.url
    const one = freshKit()
    const two = freshKit()
    const a = await loginServer(one.throttle)
    const b = await loginServer(two.throttle)
    try {
      // from each instance's very first request (which opens its connection) the count is shared
      for (let i = 0; i < 3; i++) expect((await post(i % 2 ? a.port : b.port, "127.0.0.7", WRONG)).status).toBe(401)
      const refused = await post(b.port, "127.0.0.7", WRONG)
      expect(refused.status).toBe(429)
      expect(refused.retryAfter).toBeGreaterThanOrEqual(1)
      // the counts really are in Redis, and hold no e-mail in clear
      const probe = new Redis(redis.url)
      const keys = await probe.keys("rbv-throttle:login:test:*")
      await probe.quit()
      expect(keys.length).toBeGreaterThan(0)
      expect(keys.join(" ")).not.toContain("sannazaro")
    } finally {
      await Promise.all([a.close(), b.close()])
      await Promise.all([one.closeThrottleStore(), two.closeThrottleStore()])
    }
  })
})
