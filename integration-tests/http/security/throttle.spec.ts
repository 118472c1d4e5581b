// Every login, registration, invite acceptance, password reset and voucher redemption is
// throttled per client and per account, with back-off: 429 + Retry-After once the free tries are
// used, whatever X-Forwarded-For says; the real owner gets in from their own client at once,
// and from the same client after the wait.
import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { volunteerWithLogin } from "../../helpers/delivery"
import { backendDir, seedDistrictOnce } from "../../helpers/district"
import { attempt, vendorLogin } from "../../helpers/vendors"
import { coordinator, customers } from "../../../backend/src/scripts/demo-district"

const TRIES = 3
process.env.RBV_THROTTLE_TRIES = String(TRIES)
// Long enough that a slow machine cannot let the wait run out between two attempts.
process.env.RBV_THROTTLE_BACKOFF_S = "10"
delete process.env.TRUST_PROXY

jest.setTimeout(300_000)

// 127.0.0.0/8 is all this machine: a request sent from 127.0.0.N comes from another client.
let nextClient = 10
const newClient = () => new http.Agent({ localAddress: `127.0.0.${nextClient++}` })
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    const district = seedDistrictOnce(getContainer, api)

    type Call = (config: { httpAgent: http.Agent; headers: Record<string, string> }) => Promise<{ status: number; headers: any; data: any }>

    /**
     * `free` attempts pass (each with a new forged X-Forwarded-For), the next one is 429 with
     * Retry-After. The same account tried again: TRIES; a new account (code, token, e-mail) at
     * each attempt: the client's own limit, 4 × TRIES.
     */
    async function exhausts(call: Call, extraHeaders: Record<string, string> = {}, free = TRIES) {
      const client = newClient()
      const statuses: number[] = []
      for (let i = 0; i < free; i++) {
        statuses.push((await attempt(call({ httpAgent: client, headers: { ...extraHeaders, "x-forwarded-for": `198.51.100.${i}` } }))).status)
      }
      expect(statuses.filter((s) => s === 429)).toEqual([])
      const refused = await attempt(call({ httpAgent: client, headers: { ...extraHeaders, "x-forwarded-for": "203.0.113.99" } }))
      expect(statuses).toHaveLength(free)
      expect(refused.status).toBe(429)
      expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1)
      expect(refused.data.type).toBe("too_many_requests")
      return { client, statuses }
    }

    describe("logins", () => {
      it("POST /auth/{customer,vendor,volunteer,user}/emailpass: 429 after the free tries, X-Forwarded-For changes nothing", async () => {
        // (forno@… is kept out of this test: the next one counts its failures from scratch)
        const emails = { customer: customers[0].email, vendor: "miele@torricelle.demo", volunteer: "rider@volontari.demo", user: coordinator.email }
        for (const [actor, email] of Object.entries(emails)) {
          const { statuses } = await exhausts((config) => api.post(`/auth/${actor}/emailpass`, { email, password: "sbagliata" }, config))
          expect({ actor, statuses }).toEqual({ actor, statuses: Array(TRIES).fill(401) })
        }
      })

      it("five wrong tries by a stranger do not lock the maker out; the owner gets in after the back-off", async () => {
        const wrong = { email: "forno@sannazaro.demo", password: "sbagliata" }
        const right = { email: "forno@sannazaro.demo", password: "buonvivere" }
        const stranger = newClient()
        for (let i = 0; i < TRIES; i++) expect((await attempt(api.post("/auth/vendor/emailpass", wrong, { httpAgent: stranger }))).status).toBe(401)
        const waiting = await attempt(api.post("/auth/vendor/emailpass", right, { httpAgent: stranger }))
        expect(waiting.status).toBe(429)

        // the maker, from their own phone, is not affected
        const maker = await attempt(api.post("/auth/vendor/emailpass", right, { httpAgent: newClient() }))
        expect(maker.status).toBe(200)
        expect(maker.data.token).toBeTruthy()

        // the same client, once the wait is over, gets in with the right password
        await sleep(Number(waiting.headers["retry-after"]) * 1000 + 100)
        const after = await attempt(api.post("/auth/vendor/emailpass", right, { httpAgent: stranger }))
        expect(after.status).toBe(200)
        expect((await api.get("/vendor/me", { headers: { authorization: `Bearer ${after.data.token}` } })).data.vendor.handle).toBe("forno-san-nazaro")
      })

      it("one client trying many accounts waits, even for an account it never tried", async () => {
        const client = newClient()
        for (let i = 0; i < 4 * TRIES; i++) {
          expect((await attempt(api.post("/auth/customer/emailpass", { email: `vicino${i}@example.org`, password: "x" }, { httpAgent: client }))).status).toBe(401)
        }
        expect((await attempt(api.post("/auth/customer/emailpass", { email: "altro@example.org", password: "x" }, { httpAgent: client }))).status).toBe(429)
      })
    })

    describe("registration, password reset, invites, vouchers", () => {
      it("POST /auth/customer/emailpass/register and /auth/vendor/emailpass/register: every registration counts", async () => {
        for (const actor of ["customer", "vendor"]) {
          let n = 0
          const { statuses } = await exhausts((config) => api.post(`/auth/${actor}/emailpass/register`, { email: `nuovo${actor}${n++}@example.org`, password: "buonvivere" }, config), {}, 4 * TRIES)
          expect(statuses).toEqual(Array(4 * TRIES).fill(200))
        }
      })

      it("POST /auth/{customer,vendor,volunteer,user}/emailpass/register: a password not of 8–128 characters is refused naming it, and no login is made", async () => {
        const client = newClient()
        // Each address's tries count (TRIES a address): the refusals are spread over the actor types.
        const refusedPasswords: Record<string, unknown[]> = { customer: ["corta", 12345678], vendor: ["", "x".repeat(129)], volunteer: ["1234567"], user: [null] }
        for (const [actor, passwords] of Object.entries(refusedPasswords)) {
          const email = `corta.${actor}@example.org`
          for (const password of passwords) {
            const refused = await attempt(api.post(`/auth/${actor}/emailpass/register`, { email, password }, { httpAgent: client }))
            expect({ actor, password, status: refused.status, code: refused.data.code, field: refused.data.field }).toEqual({ actor, password, status: 400, code: "password_length", field: "password" })
          }
          // Nothing was made: the same address registers at once with a good password, and signs in with it.
          const { data } = await api.post(`/auth/${actor}/emailpass/register`, { email, password: "buonvivere" }, { httpAgent: client })
          expect(typeof data.token).toBe("string")
          expect((await attempt(api.post(`/auth/${actor}/emailpass`, { email, password: "corta" }, { httpAgent: newClient() }))).status).toBe(401)
        }
      })

      it("POST /auth/{customer,vendor,volunteer,user}/emailpass/reset-password: every request counts", async () => {
        for (const actor of ["customer", "vendor", "volunteer", "user"]) {
          const { statuses } = await exhausts((config) => api.post(`/auth/${actor}/emailpass/reset-password`, { identifier: customers[1].email }, config))
          expect(statuses).toEqual(Array(TRIES).fill(201))
        }
      })

      it("POST /vendor/invites/accept and /logistics/invites/accept: guessed tokens", async () => {
        const { data: vendorReg } = await api.post("/auth/vendor/emailpass/register", { email: "aspirante@bottega.demo", password: "buonvivere" })
        const vendorStatuses = await exhausts((config) => api.post("/vendor/invites/accept", { token: `guess-${Math.random()}` }, config), { authorization: `Bearer ${vendorReg.token}` }, 4 * TRIES)
        expect(vendorStatuses.statuses.every((s) => s >= 400 && s < 500)).toBe(true)

        const { data: volunteerReg } = await api.post("/auth/volunteer/emailpass/register", { email: "aspirante@volontari.demo", password: "buonvivere" })
        const volunteerStatuses = await exhausts((config) => api.post("/logistics/invites/accept", { token: `guess-${Math.random()}` }, config), { authorization: `Bearer ${volunteerReg.token}` }, 4 * TRIES)
        expect(volunteerStatuses.statuses.every((s) => s >= 400 && s < 500)).toBe(true)
      })

      it("POST /store/brand/vouchers/redeem and /admin/brand/vouchers/redeem: guessed codes", async () => {
        const guess = () => ({ code: `ZZ${Math.random().toString(36).slice(2, 8).toUpperCase()}`, pickup_point: "Casa Comune" })
        const store = await exhausts((config) => api.post("/store/brand/vouchers/redeem", guess(), config), district.store.headers, 4 * TRIES)
        expect(store.statuses.every((s) => s >= 400 && s < 500)).toBe(true)
        const admin = await exhausts((config) => api.post("/admin/brand/vouchers/redeem", guess(), config), district.admin.headers, 4 * TRIES)
        // the same code guessed again and again: the per-code limit comes first
        const same = { code: "ZZSAME1", pickup_point: "Casa Comune" }
        await exhausts((config) => api.post("/store/brand/vouchers/redeem", same, config), district.store.headers)
        expect(admin.statuses.every((s) => s >= 400 && s < 500)).toBe(true)
      })
    })

    it("volunteers: a rider locked by a stranger still logs in from their phone", async () => {
      const rider = await volunteerWithLogin(api, district.admin, "Rita Ronchi", "rita@volontari.demo")
      expect(rider.id).toMatch(/^vol_/)
      const stranger = newClient()
      for (let i = 0; i < TRIES; i++) await attempt(api.post("/auth/volunteer/emailpass", { email: "rita@volontari.demo", password: "no" }, { httpAgent: stranger }))
      expect((await attempt(api.post("/auth/volunteer/emailpass", { email: "rita@volontari.demo", password: "buonvivere" }, { httpAgent: stranger }))).status).toBe(429)
      expect((await attempt(api.post("/auth/volunteer/emailpass", { email: "rita@volontari.demo", password: "buonvivere" }, { httpAgent: newClient() }))).status).toBe(200)
      // the maker login next door is not affected by the volunteer counters
      expect((await vendorLogin(api, "forno@sannazaro.demo")).headers.authorization).toMatch(/^Bearer /)
    })
  },
})
