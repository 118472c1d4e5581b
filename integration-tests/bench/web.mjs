#!/usr/bin/env node
// `npm run bench:web`: how fast the shop answers, against a plain Medusa of the same version and
// catalogue measured in the same run. Not a test (timings are no assertions): it prints a table
// and writes JSON. Run it when the machine is as quiet as it gets; the load is reported.
//
//   node integration-tests/bench/web.mjs [--duration 10] [--connections 10] [--no-lighthouse]
//                                        [--lighthouse-samples 3] [--add-to-cart-clicks 10]
//                                        [--api-only] [--api-rounds 2] [--alt-list <fields>]
//                                        [--warm-window 3] [--warm-tolerance 0.05] [--warm-cap 60] [--warm-min-requests 400]
//                                        [--compare <checkout>] [--out file.json]
//
// --compare runs the same marketplace measurements on another checkout of this repository (for
// example the commit before a change, with its node_modules installed) in the same run.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import autocannon from "autocannon"
import { stopAll, waitForHttp } from "../../backend/scripts/lib/processes.mjs"
import { startPlainMedusa } from "./plain-medusa.mjs"
import { lighthouseScores } from "./lighthouse.mjs"
import { addToCartFeedback } from "./add-to-cart.mjs"
import { cpuBlockingTime } from "./cpu-tbt.mjs"
import { cpuClock } from "./cpu-time.mjs"
import { documentBytes } from "./document-bytes.mjs"
import { measure as measureOnce } from "./measure.mjs"
import { backOfficeTargets, DOCUMENT_HEADERS } from "./back-office.mjs"
import { arg, argv } from "./args.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const DURATION = Number(arg("duration", 10))
const CONNECTIONS = Number(arg("connections", 10))
const LIGHTHOUSE = !argv.includes("--no-lighthouse")
// Lighthouse runs per page; the table shows each figure's median (one run's LCP moves by half a second).
const LIGHTHOUSE_SAMPLES = Number(arg("lighthouse-samples", 3))
// The store API against the plain app only (no pages, freshness or Lighthouse): a change to the API's cost, measured in minutes.
const API_ONLY = argv.includes("--api-only")
const COMPARE = arg("compare", null)
// Medusa's WIP `caching` flag on BOTH apps (MEDUSA_FF_CACHING=true, inherited by every process started here; each
// app registers the caching module for it). The shop ships with it off: a run with it shows what the flag would
// change, and its ratio against a plain app that has the flag too — not a saving of the plugins.
const CACHING = argv.includes("--caching")
if (CACHING) process.env.MEDUSA_FF_CACHING = "true"
// Presses of "Aggiungi al carrello", each by a new visitor on a phone (CPU 4× slower, as Lighthouse's mobile preset); 0 skips them.
const ADD_TO_CART_CLICKS = Number(arg("add-to-cart-clicks", 10))
const PORT = Number(process.env.BENCH_PORT || 9810) // 9810–9816
const OUT = path.resolve(arg("out", path.join(root, "bench-results", `web-${new Date().toISOString().replace(/[:.]/g, "-")}.json`)))

// The storefront's own queries (storefront/src/lib/data/products.ts): a card reads the maker and
// the brand mark from the brand plugin's copy in `metadata` and excludes every link the plugins
// would join by default (`-vendor,-brand,-variants.price_breakdown`); the page adds the
// stock, the criteria and each variant's price breakdown. The plain app gets the very same query
// (it has no such links and skips those fields) on the same catalogue, stock included.
const CARD_FIELDS = "id,handle,title,thumbnail,*variants.calculated_price,metadata,-vendor,-brand,-variants.price_breakdown"
const DETAIL_FIELDS =
  "*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder,*variants.options,*options,*options.values,*images,*categories,+metadata," +
  "+brand.maker,-vendor,+brand.certified,+brand.criteria,+brand.variant_breakdowns"
// The API measurements alternate between the marketplace and the plain app, this many rounds each,
// so that both see the same machine (a shared machine's load moves within minutes).
const API_ROUNDS = Number(arg("api-rounds", 2))
// Another list query measured in the same rounds on both apps, as "list (alt)": what a change of the
// cards' fields would cost, before making it (e.g. the card fields without the brand ones).
const ALT_LIST = arg("alt-list", null)
// The API warm-up (warmUntilSteady): windows of this many seconds, steady when two successive p50s
// are within this fraction, at most this many seconds per target.
const WARM_WINDOW = Number(arg("warm-window", 3))
const WARM_TOLERANCE = Number(arg("warm-tolerance", 0.05))
const WARM_CAP = Number(arg("warm-cap", 60))
// ...and never before this many requests: on a loaded machine two short windows agree by chance (session 19:
// the marketplace's list "steady" after 70 requests cost 42.7 ms of CPU per request in round 1, 29–35 after), and
// session 18's plain app was still loading modules after 300.
const WARM_MIN_REQUESTS = Number(arg("warm-min-requests", 400))
const COORDINATOR = { email: "coordinamento@retebuonvivere.demo", password: "buonvivere" }

const log = (message) => console.log(`  ${message}`)
/** What to stop should the bench be interrupted (Ctrl-C) or fail. */
const cleanups = []
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ")

async function json(url, init = {}) {
  const res = await fetch(url, init)
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${url}: ${res.status} ${await res.text()}`)
  return res.json()
}

/** autocannon at CONNECTIONS for DURATION seconds (measure.mjs). */
const measure = (url, headers = {}, clock = null) => measureOnce(url, { headers, clock, connections: CONNECTIONS, duration: DURATION })

/** Starts `start.mjs --fresh` of a checkout on our ports; resolves with its URLs and publishable key. */
async function startMarketplace(checkout, label) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rbv-bench-"))
  const env = {
    ...process.env,
    RBV_DATA_DIR: dataDir,
    PORT: String(PORT),
    STOREFRONT_PORT: String(PORT + 1),
    RBV_PG_PORT: String(PORT + 2),
  }
  log(`${label}: start.mjs --fresh (builds if needed; log ${path.join(dataDir, "start.log")})`)
  const out = fs.openSync(path.join(dataDir, "start.log"), "a")
  const child = spawn(process.execPath, [path.join(checkout, "backend", "scripts", "start.mjs"), "--fresh"], { cwd: checkout, env, stdio: ["ignore", out, out], detached: true })
  const medusa = `http://localhost:${PORT}`
  const storefront = `http://localhost:${PORT + 1}`
  const stop = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((r) => child.once("exit", r))
    process.kill(-child.pid, "SIGINT") // start.mjs stops Medusa, the storefront and PostgreSQL
    await exited
    // start.mjs --fresh removes its data folder on the way out, but after the bench's runs (session 20) the
    // folder was still there (85 MB each, PostgreSQL's files included): remove it here too.
    fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 })
  }
  cleanups.push(stop)
  await waitForHttp(storefront, { timeoutMs: 1_800_000, what: `${label} marketplace`, isAlive: () => child.exitCode === null })
  const state = JSON.parse(fs.readFileSync(path.join(dataDir, "state.json"), "utf8"))
  const clock = cpuClock({ pid: state.instances?.medusa?.pid, pgDataDir: path.join(dataDir, "postgres") })
  return { medusa, storefront, publishableKey: state.publishableKey, clock, stop }
}

async function regionOf(api, key) {
  const { regions } = await json(`${api}/store/regions?fields=id,*countries`, { headers: { "x-publishable-api-key": key } })
  return regions.find((r) => r.countries?.some((c) => c.iso_2 === "it")).id
}

const listUrl = (api, regionId, fields) => `${api}/store/products?limit=20&order=title&region_id=${regionId}&fields=${encodeURIComponent(fields)}`

/** The store API calls the shop's pages stand on: a page of 20 product cards, and one product. */
async function apiTargets(api, key, regionId) {
  const headers = { "x-publishable-api-key": key }
  const { products } = await json(`${api}/store/products?limit=1&order=title&fields=id,handle`, { headers })
  return {
    headers,
    list: listUrl(api, regionId, CARD_FIELDS),
    detail: `${api}/store/products/${products[0].id}?region_id=${regionId}&fields=${encodeURIComponent(DETAIL_FIELDS)}`,
  }
}

async function pageTargets(m) {
  const headers = { "x-publishable-api-key": m.publishableKey }
  const { products } = await json(`${m.medusa}/store/products?limit=1&order=title&fields=handle`, { headers })
  const { product_categories } = await json(`${m.medusa}/store/product-categories?limit=1&fields=handle`, { headers })
  const { vendors } = await json(`${m.medusa}/store/vendors`, { headers })
  return {
    home: `${m.storefront}/`,
    category: `${m.storefront}/categorie/${product_categories[0].handle}`,
    product: `${m.storefront}/prodotti/${products[0].handle}`,
    makers: `${m.storefront}/artigiani`,
    maker: `${m.storefront}/artigiani/${vendors[0].handle}`,
    brand: `${m.storefront}/marchio`,
    fund: `${m.storefront}/fondo`,
    search: `${m.storefront}/cerca?q=miele`,
    "cart (dynamic)": `${m.storefront}/carrello`,
  }
}

/**
 * Load on every target at CONNECTIONS, WARM_WINDOW s each in turn (round-robin), until each target's last
 * two windows' p50 are within WARM_TOLERANCE of each other after WARM_MIN_REQUESTS requests at least (or
 * WARM_CAP s of its own windows have passed): a server still compiling or loading modules answers slower
 * window after window, and the rounds would measure its warm-up. Round-robin, not target after target:
 * warmed one after the other, the marketplace's first target measured cost ~40 % more CPU in round 1
 * (session 19; the plainest guess: the later targets' shapes moved the JIT's code away from it). Every
 * target keeps running (its windows no longer counted) until the last is steady, so each is steady amid
 * the others, as the rounds will take them.
 * `targets`: [{ key, url, headers }]; returns { [key]: { steady, seconds, requests, p50s } }.
 */
async function warmUntilSteady(targets) {
  const state = new Map(targets.map((t) => [t.key, { steady: false, seconds: 0, requests: 0, p50s: [], done: false }]))
  while ([...state.values()].some((s) => !s.done)) {
    for (const t of targets) {
      const s = state.get(t.key)
      const t0 = performance.now()
      const r = await autocannon({ url: t.url, headers: t.headers, connections: CONNECTIONS, duration: WARM_WINDOW })
      if (s.done) continue
      s.seconds = Math.round((s.seconds + (performance.now() - t0) / 1000) * 10) / 10
      s.requests += r.requests.total
      // A window in which fewer requests than connections came back (a loaded machine: p50 0) says
      // nothing of the latency: it breaks the sequence instead of ending it.
      s.p50s.push(r.requests.total >= CONNECTIONS && r.latency.p50 > 0 ? r.latency.p50 : null)
      const [a, b] = s.p50s.slice(-2)
      s.steady = s.p50s.length >= 2 && a !== null && b !== null && Math.abs(a - b) <= WARM_TOLERANCE * Math.min(a, b)
      s.done = (s.steady && s.requests >= WARM_MIN_REQUESTS) || s.seconds >= WARM_CAP
    }
  }
  return Object.fromEntries([...state].map(([key, { done, ...s }]) => [key, s]))
}

async function warm(urls, headers = {}) {
  for (const url of urls) for (let i = 0; i < 3; i++) await fetch(url, { headers }).then((r) => r.arrayBuffer())
}

/** Change a price through the admin API and count how long until the product page shows it. */
async function freshness(m) {
  const { token } = await json(`${m.medusa}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(COORDINATOR) })
  const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const { products } = await json(`${m.medusa}/admin/products?limit=1&order=title&fields=id,handle,*variants,*variants.prices`, { headers: auth })
  const product = products[0]
  const variant = product.variants[0]
  const before = variant.prices.find((p) => p.currency_code === "eur").amount
  const after = Math.round((before + 1.37) * 100) / 100
  const shown = new Intl.NumberFormat("it-IT", { style: "currency", currency: "EUR" }).format(after)
  const page = `${m.storefront}/prodotti/${product.handle}`
  await fetch(page).then((r) => r.text())
  const t0 = performance.now()
  await json(`${m.medusa}/admin/products/${product.id}/variants/${variant.id}`, { method: "POST", headers: auth, body: JSON.stringify({ prices: [{ currency_code: "eur", amount: after }] }) })
  const saved = performance.now()
  let views = 0
  for (;;) {
    views++
    if ((await fetch(page).then((r) => r.text())).includes(shown)) break
    if (performance.now() - t0 > 30_000) return { consistent: false }
    await new Promise((r) => setTimeout(r, 5))
  }
  const seen = performance.now()
  await json(`${m.medusa}/admin/products/${product.id}/variants/${variant.id}`, { method: "POST", headers: auth, body: JSON.stringify({ prices: [{ currency_code: "eur", amount: before }] }) })
  return { consistent: true, save_ms: Math.round(saved - t0), after_save_ms: Math.round(seen - saved), views_until_fresh: views }
}

/** A cart with one line, as the visitor's cookie, for Lighthouse on the cart and checkout pages. */
async function cartCookie(m) {
  const headers = { "x-publishable-api-key": m.publishableKey, "content-type": "application/json" }
  const regionId = await regionOf(m.medusa, m.publishableKey)
  const { products } = await json(`${m.medusa}/store/products?limit=5&region_id=${regionId}&fields=id,*variants.calculated_price,+variants.inventory_quantity`, { headers })
  const variant = products.flatMap((p) => p.variants).find((v) => v.calculated_price && (v.inventory_quantity ?? 1) > 0)
  const { cart } = await json(`${m.medusa}/store/carts`, { method: "POST", headers, body: JSON.stringify({ region_id: regionId }) })
  await json(`${m.medusa}/store/carts/${cart.id}/line-items`, { method: "POST", headers, body: JSON.stringify({ variant_id: variant.id, quantity: 1 }) })
  return `rbv_cart_id=${cart.id}`
}

/** The mean of the rounds' figures. */
function combine(rounds) {
  const mean = (pick) => Math.round((rounds.reduce((a, r) => a + (pick(r) ?? 0), 0) / rounds.length) * 10) / 10
  const out = { rounds }
  for (const key of ["rps", "p50", "p90", "p97_5", "p99"]) out[key] = mean((r) => r[key])
  out.non2xx = rounds.reduce((a, r) => a + r.non2xx, 0)
  out.requests = rounds.reduce((a, r) => a + r.requests, 0)
  if (rounds[0].cpu_ms_per_request) out.cpu_ms_per_request = { server: mean((r) => r.cpu_ms_per_request.server), postgres: mean((r) => r.cpu_ms_per_request.postgres) }
  return out
}

/** The store API of the marketplace and of the plain app, list and detail, alternating round by round. */
async function measureApis(label, m, plain) {
  const ours = await apiTargets(m.medusa, m.publishableKey, await regionOf(m.medusa, m.publishableKey))
  const theirs = await apiTargets(plain.url, plain.publishableKey, plain.regionId)
  if (ALT_LIST) {
    ours["list (alt)"] = listUrl(m.medusa, await regionOf(m.medusa, m.publishableKey), ALT_LIST)
    theirs["list (alt)"] = listUrl(plain.url, plain.regionId, ALT_LIST)
  }
  const names = Object.keys(ours).filter((k) => k !== "headers")
  await warm(names.map((n) => ours[n]), ours.headers)
  await warm(names.map((n) => theirs[n]), theirs.headers)
  // ...and under the measured load until steady: with three requests only, round 1 cost more CPU per
  // request than round 2 for every target (session 16), and after 3 s of load the plain app was still
  // loading modules (session 18's profile: 2.6 ms/request of parseSource after 300 requests).
  // In the rounds' own order (plain, then the marketplace, target by target).
  const sides = [["plain", theirs, "plain Medusa"], ["ours", ours, "marketplace"]]
  const warmed = await warmUntilSteady(names.flatMap((name) => sides.map(([side, t]) => ({ key: `${side} ${name}`, url: t[name], headers: t.headers }))))
  const warmUp = { ours: {}, plain: {} }
  for (const name of names) {
    for (const [side, , label2] of sides) {
      const w = (warmUp[side][name] = warmed[`${side} ${name}`])
      log(`${label}: warm-up ${label2} API ${name}: ${w.steady ? "steady" : "NOT steady (cap)"} after ${w.seconds} s of its own, ${w.requests} requests (p50 by window ${w.p50s.map((p) => p ?? "—").join(", ")} ms)`)
    }
  }
  const runs = { ours: {}, plain: {} }
  for (const name of names) {
    runs.ours[name] = []
    runs.plain[name] = []
  }
  for (let round = 1; round <= API_ROUNDS; round++) {
    for (const name of names) {
      log(`${label}: API ${name}, round ${round}/${API_ROUNDS}: plain Medusa, then the marketplace`)
      runs.plain[name].push(await measure(theirs[name], theirs.headers, plain.clock))
      runs.ours[name].push(await measure(ours[name], ours.headers, m.clock))
    }
  }
  const combined = (side) => Object.fromEntries(names.map((n) => [n, { ...combine(runs[side][n]), warm_up: warmUp[side][n] }]))
  return { ours: combined("ours"), plain: combined("plain") }
}

/**
 * The back-office pages (back-office.mjs), warmed like the catalogue's, then measured with Medusa's CPU per
 * request. A failure (a login form changed, a page not each visitor's own) is reported in the JSON and the
 * table, and the rest of the bench goes on.
 */
async function measureBackOffice(m, label) {
  const out = {}
  try {
    const targets = await backOfficeTargets(m.storefront)
    for (const t of targets.filter((x) => !x.missing)) {
      await warm([t.url], t.headers)
      await autocannon({ url: t.url, headers: t.headers, connections: CONNECTIONS, duration: 3 })
    }
    for (const t of targets) {
      log(`${label}: back office ${t.name}`)
      out[t.name] = t.missing ? { missing: true } : await measure(t.url, t.headers, m.clock)
    }
  } catch (error) {
    log(`${label}: back-office pages FAILED: ${error.message}`)
    out.error = { failed: error.message }
  }
  return out
}

/**
 * `starting`: the marketplace's start (a promise); `plainApp()`: the plain app, started once it can be;
 * `side`: the folder of this checkout's Lighthouse reports, beside the JSON ("marketplace" or "compare").
 */
async function benchMarketplace(starting, label, plainApp, side) {
  const m = await starting
  try {
    const plain = await plainApp()
    const pages = await pageTargets(m)
    const result = { load_before: load(), api: {}, pages: {} }
    const apis = await measureApis(label, m, plain)
    result.api = apis.ours
    result.plain_same_minutes = { products: plain.count, api: apis.plain }
    if (API_ONLY) return { ...result, load_after: load() }
    log(`${label}: warming up the pages`)
    // Every page as a browser asks for it (HTML, compressed): without these headers the storefront skips the
    // head rewrite and the compression a browser's visit costs (session 21: 0.6-0.85x the bare throughput).
    await warm(Object.values(pages), DOCUMENT_HEADERS)
    // ...and under the measured load for a few seconds each: three requests leave the first page
    // measured paying for the server's warm-up (session 15: home measured first 346 req/s, the
    // same home measured fourth and seventh 515 and 489).
    for (const url of Object.values(pages)) await autocannon({ url, headers: DOCUMENT_HEADERS, connections: CONNECTIONS, duration: 3 })
    for (const [name, url] of Object.entries(pages)) {
      log(`${label}: page ${name}`)
      result.pages[name] = await measure(url, DOCUMENT_HEADERS)
    }
    // Back-office pages stay dynamic (each visitor's own): signed in through the real login forms, checked to
    // be each person's own, then measured like the catalogue with the session's cookie.
    log(`${label}: back-office pages (signing in as a maker, a volunteer and a resident)`)
    result.back_office = await measureBackOffice(m, label)
    log(`${label}: freshness (a price changed through the admin API)`)
    result.freshness = await freshness(m)
    const cookie = await cartCookie(m)
    const four = { home: pages.home, product: pages.product, cart: `${m.storefront}/carrello`, checkout: `${m.storefront}/checkout` }
    log(`${label}: document bytes of every page measured, cart and checkout`)
    const { "cart (dynamic)": _cart, ...catalogue } = pages
    result.documents = await documentBytes({ ...catalogue, cart: four.cart, checkout: four.checkout }, cookie)
    if (LIGHTHOUSE) {
      log(`${label}: Lighthouse (mobile) on home, product, cart, checkout, ${LIGHTHOUSE_SAMPLES} run(s) each`)
      // Each checkout's reports in its own folder: with --compare, both used to write one folder, the second over the first.
      const reports = path.join(path.dirname(OUT), path.basename(OUT, ".json"), side)
      fs.mkdirSync(reports, { recursive: true })
      result.lighthouse = await lighthouseScores(four, cookie, reports, { samples: LIGHTHOUSE_SAMPLES })
      result.lighthouse_reports = reports
      log(`${label}: blocking time by CPU time on the same four pages`)
      result.cpu_blocking = await cpuBlockingTime(four, { cookie })
    }
    if (ADD_TO_CART_CLICKS > 0) {
      log(`${label}: add to cart, ${ADD_TO_CART_CLICKS} presses on the product page`)
      result.add_to_cart = await addToCartFeedback(pages.product, { clicks: ADD_TO_CART_CLICKS, cpuSlowdown: 4 })
    }
    result.load_after = load()
    return result
  } finally {
    await m.stop()
  }
}


const fmt = (n, d = 0) => (typeof n === "number" ? n.toFixed(d) : "—")
function printTable(report) {
  const { marketplace: after, compare: before } = report
  if (report.caching_flag) console.log("\nMedusa's caching flag ON in the marketplace and the plain app alike (--caching); the shop ships with it off.")
  const rows = [["target", "req/s", "p50 ms", "p97.5 ms", "non-2xx", "CPU ms/req (server+pg)", "ratio"]]
  const cpu = (r) => (r.cpu_ms_per_request ? `${fmt(r.cpu_ms_per_request.server, 1)}+${fmt(r.cpu_ms_per_request.postgres, 1)}` : "")
  const cpuTotal = (r) => (r.cpu_ms_per_request ? r.cpu_ms_per_request.server + r.cpu_ms_per_request.postgres : NaN)
  const add = (label, r, ratio) => rows.push([label, fmt(r.rps, 1), fmt(r.p50), fmt(r.p97_5), fmt(r.non2xx), cpu(r), ratio ?? ""])
  for (const [label, run] of [["before", before], ["now", after]]) {
    if (!run) continue
    const plain = run.plain_same_minutes.api
    const names = Object.keys(run.api)
    for (const name of names) add(`${label}: plain Medusa API ${name} (same minutes)`, plain[name])
    for (const name of names) {
      const r = run.api[name]
      add(`${label}: API ${name}`, r, `p50 ÷ plain ${fmt(r.p50 / plain[name].p50, 2)}×, CPU ÷ plain ${fmt(cpuTotal(r) / cpuTotal(plain[name]), 2)}×`)
    }
    for (const [name, r] of Object.entries(run.pages)) add(`${label}: page ${name}`, r, `÷ API list ${fmt(r.rps / run.api.list.rps, 1)}×`)
    // Medusa's CPU per request beside each back-office page: what the page's API calls cost.
    for (const [name, r] of Object.entries(run.back_office ?? {})) {
      if (r.failed) rows.push([`${label}: back office FAILED`, r.failed, "", "", "", "", ""])
      else if (r.missing) rows.push([`${label}: back office ${name}`, "(no such page)", "", "", "", "", ""])
      else add(`${label}: back office ${name}`, r, "dynamic, each visitor's own")
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)))
  console.log()
  for (const [i, row] of rows.entries()) {
    console.log(row.map((c, j) => String(c).padEnd(widths[j])).join("  "))
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "))
  }
  for (const [label, run] of [["before", before], ["now", after]]) {
    if (!run) continue
    for (const [side, apis] of [["marketplace", run.api], ["plain Medusa", run.plain_same_minutes.api]]) {
      const w = Object.entries(apis).map(([name, r]) => `${name} ${r.warm_up.seconds} s${r.warm_up.steady ? "" : " (NOT steady)"}`)
      console.log(`${side === "marketplace" ? "\n" : ""}${label}: warm-up until steady, ${side}: ${w.join(", ")}`)
      // Round by round: the marketplace's round 1 has cost far more CPU than its rounds 2–3 (sessions 19–20), which the mean hides.
      const byRound = Object.entries(apis).map(([name, r]) => `${name} ${r.rounds.map((x) => (x.cpu_ms_per_request ? `${fmt(x.cpu_ms_per_request.server, 1)}+${fmt(x.cpu_ms_per_request.postgres, 1)}` : "—") + ` (p50 ${fmt(x.p50)})`).join(" / ")}`)
      console.log(`${label}: rounds, ${side}, CPU ms/req server+pg (p50 ms): ${byRound.join("; ")}`)
    }
    const f = run.freshness
    if (f) console.log(`\n${label}: freshness: ${f.consistent ? `new price on the product page ${f.after_save_ms} ms after the admin API answered (save took ${f.save_ms} ms), ${f.views_until_fresh} page view(s)` : "NOT consistent within 30 s"}`)
    for (const [page, d] of Object.entries(run.documents ?? {})) {
      console.log(`${label}: document ${page}: ${d.bytes} bytes in ${d.writes} write(s); gzip as sent ${d.gzip_as_sent} bytes, in one piece ${d.gzip_one_piece}`)
    }
    if (run.lighthouse) {
      if (run.lighthouse_reports) console.log(`${label}: Lighthouse reports in ${run.lighthouse_reports}`)
      for (const [page, s] of Object.entries(run.lighthouse)) {
        const each = (key) => (s.samples?.length > 1 ? ` (${s.samples.map((x) => x[key]).join("/")})` : "")
        const median = s.samples?.length > 1 ? `median of ${s.samples.length}: ` : ""
        console.log(`${label}: Lighthouse ${page}: ${median}performance ${s.performance}${each("performance")}, accessibility ${s.accessibility}, LCP ${s.lcp_ms} ms${each("lcp_ms")}, TBT ${s.tbt_ms} ms${each("tbt_ms")}, CLS ${s.cls}, server ${s.server_ms} ms`)
        // The bar's LCP is simulated; the same phone applied through DevTools gives the paint itself.
        if (s.lcp_applied_ms !== undefined) console.log(`${label}:   LCP simulated ${s.lcp_ms} ms${each("lcp_ms")}, applied (devtools) ${s.lcp_applied_ms} ms${each("lcp_applied_ms")}; scripts in Lantern's LCP graph${each("lantern_scripts")}, observed paint${each("observed_lcp_ms")} ms`)
        if (s.lcp_element) console.log(`${label}:   LCP element ${s.lcp_element.slice(0, 120)}; ${Object.entries(s.lcp_phases).map(([k, v]) => `${k} ${v} ms`).join(", ")}`)
        const flagged = [...s.failing_accessibility.map((a) => a.id), ...s.failing_performance.map((a) => a.id)]
        if (flagged.length) console.log(`${label}:   flagged: ${flagged.join(", ")} (details in the JSON)`)
        const c = run.cpu_blocking?.[page]
        if (c) console.log(`${label}:   by CPU time (median of ${c.loads}): TBT ×4 ${c.tbt_x4_ms} ms, main thread ${c.main_thread_cpu_ms} ms, longest task ${c.longest_task_ms} ms`)
      }
    }
    const a = run.add_to_cart
    if (a) console.log(`${label}: add to cart (median of ${a.clicks} presses, CPU ${a.cpu_slowdown}× slower): feedback on screen ${a.feedback_ms} ms, the server's answer ${a.answer_ms} ms, header count ${a.count_ms} ms`)
    console.log(`${label}: load average ${run.load_before} → ${run.load_after} (${os.cpus().length} cores)`)
  }
}

async function main() {
  const flag = CACHING ? "caching flag ON in both apps (not as shipped)" : "caching flag off (as shipped)"
  console.log(`bench:web — ${CONNECTIONS} connections, ${DURATION} s per target; ${flag}; load ${load()} on ${os.cpus().length} cores`)
  const report = { date: new Date().toISOString(), connections: CONNECTIONS, duration_s: DURATION, cores: os.cpus().length, caching_flag: CACHING }
  // The marketplace first: its start builds what the plain app's seed reads (the demo products).
  // Its build also makes what the plain app's seed reads (the demo district's products), so the
  // marketplace's start comes first; the plain app then stays up for every API measurement.
  let plain
  report.marketplace = await benchMarketplace(startMarketplace(root, "marketplace"), "marketplace", async () => {
    plain = await startPlainMedusa({ root, port: PORT + 5, pgPort: PORT + 6, log })
    cleanups.push(plain.stop)
    plain.clock = cpuClock(plain)
    return plain
  }, "marketplace")
  if (COMPARE) report.compare = await benchMarketplace(startMarketplace(path.resolve(COMPARE), `compare (${COMPARE})`), `compare (${COMPARE})`, async () => plain, "compare")
  await plain.stop()
  fs.mkdirSync(path.dirname(OUT), { recursive: true })
  fs.writeFileSync(OUT, JSON.stringify(report, null, 2))
  printTable(report)
  console.log(`\nJSON: ${OUT}`)
}

const stop = async (code) => {
  for (const cleanup of cleanups.splice(0)) await cleanup().catch(() => {})
  await stopAll()
  process.exit(code)
}
process.on("SIGINT", () => stop(130))
main().then(
  () => stop(0),
  (err) => {
    console.error(err)
    stop(1)
  }
)
