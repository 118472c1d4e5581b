#!/usr/bin/env node
// The back-office pages (back-office.mjs) on several storefronts served by one Medusa, in the same minutes:
// e.g. today's server, the same build as `next start` would serve it (RBV_SCRIPTS_AFTER_PAINT=0) and an
// older checkout's storefront built apart. bench:web's --compare starts a whole second marketplace; this
// measures storefronts you started against a running one, interleaved page by page, so that all of them
// see the same machine.
//
//   node integration-tests/bench/back-office-compare.mjs <label>=<storefront URL>[@<its pid>] ...
//        [--medusa-pid <pid>] [--rounds 2] [--duration 10] [--connections 10] [--only <text>] [--out file.json]
//
// --only measures the pages whose name holds <text> (e.g. "foglio"), to look closer at one.
//
// With pids, each figure also carries the CPU time per request of that storefront and of Medusa (/proc):
// on a shared machine it moves far less than the latency does.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import autocannon from "autocannon"
import { backOfficeTargets } from "./back-office.mjs"
import { cpuClock } from "./cpu-time.mjs"
import { measure } from "./measure.mjs"
import { arg, argv } from "./args.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const ROUNDS = Number(arg("rounds", 2))
const DURATION = Number(arg("duration", 10))
const CONNECTIONS = Number(arg("connections", 10))
const medusaClock = cpuClock({ pid: Number(arg("medusa-pid", 0)) })
const OUT = path.resolve(arg("out", path.join(root, "bench-results", `back-office-${new Date().toISOString().replace(/[:.]/g, "-")}.json`)))
const ONLY = arg("only", "")
const options = new Set(["--medusa-pid", "--rounds", "--duration", "--connections", "--only", "--out"])
const sides = argv
  .filter((a, i) => !a.startsWith("--") && !options.has(argv[i - 1]))
  .map((a) => {
    const [, label, url, pid] = a.match(/^([^=]+)=([^@]+)(?:@(\d+))?$/) ?? []
    if (!label) throw new Error(`not <label>=<url>[@pid]: ${a}`)
    return { label, url, clock: cpuClock({ pid: Number(pid) }) }
  })
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ")
const mean = (xs) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null)

console.log(`back-office comparison: ${sides.map((s) => `${s.label} ${s.url}`).join(", ")}; ${CONNECTIONS} connections, ${DURATION} s, ${ROUNDS} round(s); load ${load()}`)
for (const s of sides) s.targets = Object.fromEntries((await backOfficeTargets(s.url)).map((t) => [t.name, t]))
const pages = Object.keys(sides[0].targets).filter((name) => name.includes(ONLY))
// Warm-up in the rounds' order (a few requests, then 3 s of load each): the first page measured would
// otherwise pay for the server compiling its code.
for (const page of pages) {
  for (const t of sides.map((s) => s.targets[page]).filter((t) => t && !t.missing)) {
    for (let i = 0; i < 3; i++) await fetch(t.url, { headers: t.headers }).then((r) => r.arrayBuffer())
    await autocannon({ url: t.url, headers: t.headers, connections: CONNECTIONS, duration: 3 })
  }
}
const runs = Object.fromEntries(sides.map((s) => [s.label, Object.fromEntries(pages.map((p) => [p, []]))]))
const loads = []
for (let round = 1; round <= ROUNDS; round++) {
  loads.push(load())
  // Each round starts with another side: the one measured right after another page's load is not always the same.
  const order = sides.map((_, i) => sides[(i + round - 1) % sides.length])
  for (const page of pages) {
    for (const s of order) {
      const t = s.targets[page]
      if (!t || t.missing) continue
      const [sf0, md0] = [s.clock?.().server_ms, medusaClock?.().server_ms]
      const r = await measure(t.url, { headers: t.headers, connections: CONNECTIONS, duration: DURATION })
      const per = (a, b) => (a === undefined || !r.requests ? null : Math.round(((b - a) / r.requests) * 10) / 10)
      r.cpu_ms_per_request = { storefront: per(sf0, s.clock?.().server_ms), medusa: per(md0, medusaClock?.().server_ms) }
      runs[s.label][page].push(r)
      console.log(`  round ${round} ${page} ${s.label}: ${r.rps} req/s, p50 ${r.p50} ms, p97.5 ${r.p97_5} ms, non-2xx ${r.non2xx}, CPU ms/req storefront ${r.cpu_ms_per_request.storefront ?? "—"} Medusa ${r.cpu_ms_per_request.medusa ?? "—"} (load ${load()})`)
    }
  }
}
loads.push(load())

const summary = {}
const rows = [["page", "storefront", "req/s", "p50 ms", "p97.5 ms", "non-2xx", "CPU ms/req storefront+Medusa", `req/s ÷ ${sides[0].label}`]]
for (const page of pages) {
  for (const s of sides) {
    const rs = runs[s.label][page]
    if (!rs.length) {
      rows.push([page, s.label, "(no such page)", "", "", "", "", ""])
      continue
    }
    const sum = (summary[s.label] ??= {})[page] = {
      rps: mean(rs.map((r) => r.rps)),
      p50: mean(rs.map((r) => r.p50)),
      p97_5: mean(rs.map((r) => r.p97_5)),
      non2xx: rs.reduce((a, r) => a + r.non2xx, 0),
      cpu_ms_per_request: { storefront: mean(rs.map((r) => r.cpu_ms_per_request.storefront).filter((x) => x !== null)), medusa: mean(rs.map((r) => r.cpu_ms_per_request.medusa).filter((x) => x !== null)) },
    }
    const first = summary[sides[0].label]?.[page]
    rows.push([page, s.label, sum.rps, sum.p50, sum.p97_5, sum.non2xx, `${sum.cpu_ms_per_request.storefront ?? "—"}+${sum.cpu_ms_per_request.medusa ?? "—"}`, first ? (sum.rps / first.rps).toFixed(2) + "×" : ""])
  }
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)))
console.log()
for (const row of rows) console.log(row.map((c, j) => String(c).padEnd(widths[j])).join("  "))
console.log(`\nload average at each round's start and at the end: ${loads.join(" → ")} (${os.cpus().length} cores)`)
fs.mkdirSync(path.dirname(OUT), { recursive: true })
fs.writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), connections: CONNECTIONS, duration_s: DURATION, rounds: ROUNDS, loads, sides: sides.map((s) => ({ label: s.label, url: s.url })), summary, runs }, null, 2))
console.log(`JSON: ${OUT}`)
