// Medusa's distributed set-up, as `npm run start:cluster` starts it: two servers (A, B) and one
// worker sharing PostgreSQL, Redis and an S3 store. Shoppers and makers are spread over both
// servers; only the worker runs subscribers and scheduled jobs. One cluster for the whole file,
// on a copy of the district template; the tests share it and build their own rounds.
import sharp from "sharp"
import type { AxiosInstance } from "axios"
import { coordinator } from "../../../backend/src/scripts/demo-district/coordinators"
import { addressCart, cartWith, payAndComplete, productsByMaker, VERONETTA_ADDRESS } from "../../helpers/checkout"
import { roundBody, zonesByName } from "../../helpers/delivery"
import { attempt, bearer } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"
import { isListening, isRunning, startCluster, type Cluster } from "./cluster"

jest.setTimeout(600_000)

const SPLIT_LINE = /Order (order_\w+) split into (\d+) maker orders \(pid (\d+)\)/g
const splitsIn = (log: string) => [...log.matchAll(SPLIT_LINE)].map((m) => ({ order: m[1], children: Number(m[2]), pid: Number(m[3]) }))
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

describe("two servers and a worker on Redis and S3", () => {
  let cluster: Cluster
  let store: { headers: Record<string, string> }
  let admin: { headers: Record<string, string> }
  let regionId: string
  let zoneId: string
  // A variant from each of three makers, with stock for every order placed below.
  let threeMakers: { variant_id: string; quantity: number }[]
  const latenciesMs: number[] = []

  beforeAll(async () => {
    // The round-cutoff job every 2 s instead of every 5 minutes, so (c) sees it run; the sweep of
    // unsplit orders every 5 s for those unsplit after 10 s, so (f) waits seconds, not minutes.
    cluster = await startCluster({ RBV_ROUND_CUTOFF_SCHEDULE: "*/2 * * * * *", RBV_SPLIT_SWEEP_SCHEDULE: "*/5 * * * * *", RBV_SPLIT_SWEEP_AFTER_S: "10" })
    store = { headers: { "x-publishable-api-key": cluster.state().publishableKey } }
    const { data: login } = await cluster.a.post("/auth/user/emailpass", { email: coordinator.email, password: coordinator.password })
    admin = bearer(login.token)
    const { data: regions } = await cluster.a.get("/store/regions", store)
    regionId = regions.regions.find((r: any) => r.currency_code === "eur").id
    zoneId = (await zonesByName(cluster.a as any, admin))["Veronetta Nord"]
    const byMaker = [...(await productsByMaker(cluster.a as any, store, regionId)).values()]
    const best = byMaker
      .map((products) => products.flatMap((p: any) => p.variants).sort((x: any, y: any) => (y.inventory_quantity ?? 0) - (x.inventory_quantity ?? 0))[0])
      .filter((v: any) => v && v.inventory_quantity >= 20)
    expect(best.length).toBeGreaterThanOrEqual(3)
    threeMakers = best.slice(0, 3).map((v: any) => ({ variant_id: v.id, quantity: 1 }))
  })

  afterAll(async () => {
    await cluster?.stop()
  })

  const roundWith = async (api: AxiosInstance, overrides: Record<string, unknown>) =>
    (await api.post("/admin/delivery-rounds", roundBody([zoneId], 2, overrides), admin)).data.delivery_round.id as string

  /** A cart of `items` with the round chosen, ready to complete, built through `api`. */
  // Each resident at a door of their own (orders to one door share a stop and its drop).
  async function readyCart(api: AxiosInstance, roundId: string, items: { variant_id: string; quantity: number }[], email: string, door: number) {
    const cartId = await cartWith(api as any, store, regionId, items)
    await addressCart(api as any, store, cartId, { ...VERONETTA_ADDRESS, address_1: `Via Santa Toscana ${door}` }, email)
    const { data } = await api.get(`/store/delivery-rounds?cart_id=${cartId}`, store)
    const option = data.rounds.find((r: any) => r.id === roundId)?.shipping_option_id
    if (!option) throw new Error(`round ${roundId} not offered to cart ${cartId}: ${JSON.stringify(data.rounds)}`)
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option }, store)
    return cartId
  }

  /** The split of one resident's order as the database has it: child orders, ledger lines, the stop's record. */
  async function splitOf(orderId: string) {
    const children = await cluster.db.query(`SELECT id, created_at FROM "order" WHERE metadata->>'parent_order_id' = $1 AND deleted_at IS NULL`, [orderId])
    const ledger = await cluster.db.query(`SELECT order_id FROM commission_line WHERE parent_order_id = $1 AND kind = 'sale' AND deleted_at IS NULL`, [orderId])
    // The stop order's child orders: the table of the module link delivery_stop_order ↔ order.
    const stop = await cluster.db.query(
      `SELECT l.order_id FROM delivery_delivery_stop_order_order_order l JOIN delivery_stop_order s ON s.id = l.delivery_stop_order_id
        WHERE s.order_id = $1 AND s.deleted_at IS NULL AND l.deleted_at IS NULL`,
      [orderId]
    )
    return { children: children.rows, ledger: ledger.rows.map((r) => r.order_id as string), stopChildren: stop.rows.map((r) => r.order_id as string) }
  }

  async function waitForSplit(orderId: string, makers: number, timeoutMs = 120_000) {
    const split = await waitFor(
      `order ${orderId} split into ${makers} maker orders, with its ledger lines and its stop`,
      async () => {
        const s = await splitOf(orderId)
        return s.children.length >= makers && s.ledger.length >= makers && s.stopChildren.length >= makers && s
      },
      timeoutMs
    )
    const { rows } = await cluster.db.query(`SELECT created_at FROM "order" WHERE id = $1`, [orderId])
    const childIds = split.children.map((c: any) => c.id).sort()
    expect(split.children).toHaveLength(makers)
    expect(split.ledger.sort()).toEqual(childIds)
    expect([...split.stopChildren].sort()).toEqual(childIds)
    const latency = Math.max(...split.children.map((c: any) => c.created_at.getTime())) - rows[0].created_at.getTime()
    return { childIds, latency }
  }

  it("(e) a photo a maker uploads through server A is in the S3 bucket and served to the shop through server B", async () => {
    const { data: login } = await cluster.a.post("/auth/vendor/emailpass", { email: "forno@sannazaro.demo", password: "buonvivere" })
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#c0392b" } }).png().toBuffer()
    const form = new FormData()
    form.append("files", new Blob([photo], { type: "image/png" }), "pagnotta.png")
    const { data } = await cluster.a.post("/vendor/uploads", form, bearer(login.token))
    const url: string = data.files[0].url
    const key = url.split("/").pop()!
    // The shop gets the backend's /static address (any server answers it from the bucket).
    expect(url).toBe(`http://localhost:${cluster.ports.a}/static/${key}`)

    const inBucket = await fetch(cluster.s3Url(key))
    expect(inBucket.status).toBe(200)
    const stored = Buffer.from(await inBucket.arrayBuffer())
    const fromB = await cluster.b.get(`/static/${key}`, { responseType: "arraybuffer" })
    expect(fromB.status).toBe(200)
    expect(fromB.headers["content-type"]).toBe("image/png")
    expect(fromB.headers["x-content-type-options"]).toBe("nosniff")
    expect(Buffer.from(fromB.data).equals(stored)).toBe(true)
    expect((await sharp(Buffer.from(fromB.data)).metadata()).width).toBe(40)
    // A key no one stored is a 404 on B too, not a 5xx.
    expect((await attempt(cluster.b.get(`/static/nessuna-${key}`))).status).toBe(404)
  })

  it("(a) ten carts on both servers race for the last three drops of a round: exactly three orders", async () => {
    const roundId = await roundWith(cluster.a, { max_drops: 3, name: "Giro conteso" })
    const [oneItem] = threeMakers
    const servers = [cluster.a, cluster.b]
    const carts = await Promise.all(
      Array.from({ length: 10 }, (_, i) => readyCart(servers[i % 2], roundId, [oneItem], `corsa${i}@example.org`, i + 1).then((id) => ({ id, api: servers[i % 2] })))
    )
    const results = await Promise.all(carts.map(({ id, api }) => attempt(payAndComplete(api as any, store, id))))
    const placed = results.filter((r: any) => r.type === "order")
    const outcomes = results.map((r: any) => (r.type === "order" ? "order" : `${r.status} ${typeof r.data?.message === "string" ? r.data.message : JSON.stringify(r.data)}`)).sort()
    expect(outcomes).toEqual([...Array(7).fill("400 This delivery round is full: choose another round or a pickup point"), "order", "order", "order"])

    const { rows } = await cluster.db.query(
      `SELECT so.order_id FROM delivery_stop_order so JOIN delivery_stop s ON s.id = so.stop_id WHERE s.round_id = $1 AND so.deleted_at IS NULL AND s.deleted_at IS NULL`,
      [roundId]
    )
    expect(rows.map((r) => r.order_id).sort()).toEqual(placed.map((p: any) => p.order.id).sort())
    for (const p of placed) latenciesMs.push((await waitForSplit(p.order.id, 1)).latency)
    const { data: round } = await cluster.b.get(`/admin/delivery-rounds/${roundId}`, admin)
    expect(round.delivery_round).toMatchObject({ drops_taken: 3, drops_left: 0 })
  })

  it("(b) a three-maker order placed through server A is split once, on the worker, with no subscriber on the servers", async () => {
    const roundId = await roundWith(cluster.a, { max_drops: 5, name: "Giro tre botteghe" })
    const cartId = await readyCart(cluster.a, roundId, threeMakers, "tre.botteghe@example.org", 1)
    const { order } = await payAndComplete(cluster.a as any, store, cartId)
    const { childIds, latency } = await waitForSplit(order.id, 3)
    latenciesMs.push(latency)
    expect(new Set(childIds).size).toBe(3)

    // Logged once, by the worker's own process (start.mjs records which one it started).
    const onWorker = splitsIn(cluster.log("worker")).filter((s) => s.order === order.id)
    expect(onWorker).toEqual([{ order: order.id, children: 3, pid: cluster.state().instances.worker.pid }])
    expect(splitsIn(cluster.log("server-a"))).toEqual([])
    expect(splitsIn(cluster.log("server-b"))).toEqual([])
  })

  it("(c) the round-cutoff job closes a round once, on the worker", async () => {
    const closingRound = (name: string) => {
      const starts = new Date(Date.now() + 86_400_000)
      return roundWith(cluster.b, {
        name,
        starts_at: starts.toISOString(),
        ends_at: new Date(starts.getTime() + 3_600_000).toISOString(),
        cutoff_at: new Date(Date.now() + 1_000).toISOString(),
      })
    }
    const closed = (roundId: string) =>
      waitFor(
        `round ${roundId} closed at its cutoff`,
        async () => (await cluster.a.get(`/admin/delivery-rounds/${roundId}`, admin)).data.delivery_round.status === "closed",
        60_000
      )
    const first = await closingRound("Giro in chiusura")
    await closed(first)
    // A second round closed by a later run of the job: by then a second instance running the
    // same tick as the first closing would have logged it too.
    const second = await closingRound("Giro in chiusura dopo")
    await closed(second)
    const workerPid = cluster.state().instances.worker.pid
    for (const roundId of [first, second]) {
      const closings = (log: string) => log.split("\n").filter((l) => l.includes(`Round ${roundId} closed at its cutoff`))
      // The job logs the closing once its workflow is done, a moment after the status changed.
      await waitFor(`the worker's log of closing ${roundId}`, async () => closings(cluster.log("worker")).length > 0)
      expect(closings(cluster.log("worker"))).toEqual([expect.stringContaining(`(pid ${workerPid})`)])
      expect(closings(cluster.log("server-a"))).toEqual([])
      expect(closings(cluster.log("server-b"))).toEqual([])
    }
  })

  it("(f) the worker killed in the middle of a burst of orders: once it is back, every order has its child orders", async () => {
    const BURST = 8
    const roundId = await roundWith(cluster.a, { max_drops: 50, name: "Giro di punta" })
    const servers = [cluster.a, cluster.b]
    const carts = await Promise.all(Array.from({ length: BURST }, (_, i) => readyCart(servers[i % 2], roundId, threeMakers, `punta${i}@example.org`, i + 1)))
    const oldWorker = cluster.state().instances.worker.pid

    // Two residents' streams of checkouts at once, one through each server.
    const t0 = Date.now()
    const orders: string[] = []
    const place = async (from: number, to: number) => {
      const streams = [0, 1].map(async (server) => {
        const placed: string[] = []
        for (let i = from + server; i < to; i += 2) placed.push((await payAndComplete(servers[server] as any, store, carts[i])).order.id)
        return placed
      })
      for (const placed of await Promise.all(streams)) orders.push(...placed)
    }
    await place(0, BURST / 2)
    // SIGKILL: no graceful shutdown, jobs it had taken are left in Redis as they were.
    process.kill(-oldWorker, "SIGKILL")
    const killedAtMs = Date.now()
    const killedAt = orders.length
    await place(BURST / 2, BURST)
    const burstMs = Date.now() - t0

    const newWorker = await waitFor("start.mjs to start the worker again", async () => {
      const pid = cluster.state().instances.worker.pid
      return pid !== oldWorker && pid
    })
    expect(newWorker).not.toBe(oldWorker)
    const results = []
    // Bounded by the restart, the sweep (every 5 s, orders unsplit for 10 s) and the dead worker's 10 s lock lease.
    for (const orderId of orders) results.push(await waitForSplit(orderId, 3, 120_000))
    const recoveryMs = Date.now() - killedAtMs
    // Each order has exactly its three child orders (waitForSplit above). The worker logged each
    // split at most once, in one of its two lives (a life killed between a split and its log line
    // leaves none); the orders placed after the kill were split by the new life.
    const splits = splitsIn(cluster.log("worker")).filter((s) => orders.includes(s.order))
    expect(new Set(splits.map((s) => s.order)).size).toBe(splits.length)
    for (const s of splits) expect([oldWorker, newWorker]).toContain(s.pid)
    const afterKillOrders = orders.slice(killedAt)
    expect(splits.filter((s) => afterKillOrders.includes(s.order)).map((s) => s.pid)).toEqual(afterKillOrders.map(() => newWorker))
    expect(splitsIn(cluster.log("server-a")).concat(splitsIn(cluster.log("server-b")))).toEqual([])

    // Latency on a live worker: the orders its first life split (and (b)'s); the others waited for the restart.
    const byOldWorker = new Set(splits.filter((s) => s.pid === oldWorker).map((s) => s.order))
    latenciesMs.push(...results.filter((_, i) => byOldWorker.has(orders[i])).map((r) => r.latency))
    const sorted = [...latenciesMs].sort((x, y) => x - y)
    const waited = results.filter((_, i) => !byOldWorker.has(orders[i])).map((r) => r.latency)
    console.log(
      `cluster figures: burst of ${BURST} three-maker orders placed over 2 servers in ${burstMs} ms; ` +
        `split latency on the live worker p50 ${percentile(sorted, 50)} ms, p95 ${percentile(sorted, 95)} ms (n=${sorted.length}); ` +
        `the ${waited.length} orders split after the restart: ${Math.min(...waited)}–${Math.max(...waited)} ms after they were placed; ` +
        `every order split ${recoveryMs} ms after the kill`
    )
  })

  it("(d) five wrong maker logins through A and five through B: B answers 429 (the count is shared in Redis)", async () => {
    const wrong = { email: "miele@torricelle.demo", password: "sbagliata" }
    const throughA = []
    for (let i = 0; i < 5; i++) throughA.push((await attempt(cluster.a.post("/auth/vendor/emailpass", wrong))).status)
    expect(throughA).toEqual([401, 401, 401, 401, 401])
    const throughB = []
    for (let i = 0; i < 5; i++) throughB.push((await attempt(cluster.b.post("/auth/vendor/emailpass", wrong))).status)
    expect(throughB).toEqual([429, 429, 429, 429, 429])
  })

  it("Ctrl-C (SIGINT to start.mjs) stops both servers, the worker, Redis and the S3 store", async () => {
    const pids = Object.values(cluster.state().instances).map((i) => i.pid)
    await cluster.stop()
    expect(pids.filter(isRunning)).toEqual([])
    const { a, b, worker, redis, s3 } = cluster.ports
    const open = await Promise.all([a, b, worker, redis, s3].map(isListening))
    expect(open).toEqual([false, false, false, false, false])
  })
})
