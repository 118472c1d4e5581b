#!/usr/bin/env node
"use strict"
/**
 * npm run bench:routing [-- --set solomon,tsplib --limit 10 --time-limit-ms 2000 --seed 1]
 *
 * Solves the shared routing benchmarks (../shared/bench/routing, or RBV_BENCH_DIR) with the
 * built planner, checks every solution with the independent checker and prints, per set:
 * instances, feasible, mean/median/max gap to the best known, vehicles vs best known, solve
 * times. Also a scaling series and the Veronetta neighbourhood series. Results are written as
 * JSON to bench-results/ (git-ignored).
 */
const fs = require("fs")
const path = require("path")
const { parseSolomon, parseLiLim, parseTsplib, tspSize } = require("./bench/instances")
const { mean, median, max, fmt, pct, table } = require("./bench/stats")
const { scalingInstance, neighbourhoodInstance } = require("./bench/generated")
const { makeMetric, eachMakerOwnTour, nearestNeighbourPooled } = require("./bench/baselines")

const PLUGIN = path.resolve(__dirname, "..")
const REPO = path.resolve(PLUGIN, "..", "..")
const FIXED_COST = 100000 // vehicles-first sets: one vehicle outweighs any travel saving

const SETS = {
  solomon: { dir: "solomon", ext: ".txt", parse: (t) => parseSolomon(t), bks: "VRPTW_BKS.json", key: (n) => `${n}_distance`, mode: "distance" },
  homberger: { dir: "homberger_200", ext: ".txt", parse: (t) => parseSolomon(t, { fixedCost: FIXED_COST }), bks: "VRPTW_BKS.json", key: (n) => n, mode: "vehicles" },
  lilim100: { dir: "li_lim_100", ext: ".txt", parse: (t) => parseLiLim(t, { fixedCost: FIXED_COST }), bks: "PDPTW_BKS.json", key: (n) => n, mode: "vehicles" },
  lilim200: { dir: "li_lim_200", ext: ".txt", parse: (t) => parseLiLim(t, { fixedCost: FIXED_COST }), bks: "PDPTW_BKS.json", key: (n) => n, mode: "vehicles" },
  tsplib: { dir: "tsplib", ext: ".tsp", parse: (t) => parseTsplib(t), bks: "TSP_BKS.json", key: (n) => n, mode: "distance" },
}
const ALL = [...Object.keys(SETS), "scaling", "neighbourhood"]

function usage(msg) {
  if (msg) process.stderr.write(`bench-routing: ${msg}\n`)
  process.stderr.write(
    "usage: bench-routing [--set a,b] [--limit N] [--filter REGEX] [--time-limit-ms N] [--seed N] [--tsp-max-size N]\n" +
      `sets: ${ALL.join(", ")}\n`,
  )
  process.exit(msg ? 2 : 0)
}

function parseArgs(argv) {
  const o = { sets: ALL, limit: Infinity, filter: null, timeLimitMs: 2000, seed: 1, tspMaxSize: 1000, quiet: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const val = () => {
      const v = argv[++i]
      if (v === undefined) usage(`${a} needs a value`)
      return v
    }
    if (a === "--set" || a === "--sets") o.sets = val().split(",").map((s) => s.trim())
    else if (a === "--limit") o.limit = Number(val())
    else if (a === "--filter") o.filter = new RegExp(val(), "i")
    else if (a === "--time-limit-ms") o.timeLimitMs = Number(val())
    else if (a === "--seed") o.seed = Number(val())
    else if (a === "--tsp-max-size") o.tspMaxSize = Number(val())
    else if (a === "--quiet") o.quiet = true
    else if (a === "-h" || a === "--help") usage()
    else usage(`unknown option ${a}`)
  }
  for (const s of o.sets) if (!ALL.includes(s)) usage(`unknown set ${s}`)
  return o
}

function loadPlanner() {
  const dir = process.env.RBV_PLANNER_DIR || path.join(PLUGIN, ".medusa", "server", "src", "planner")
  if (!fs.existsSync(path.join(dir, "index.js"))) {
    process.stderr.write(`bench-routing: the planner is not built (${path.join(dir, "index.js")} missing): run \`npm run build\` first\n`)
    process.exit(1)
  }
  return { planner: require(path.join(dir, "index.js")), matrix: require(path.join(dir, "matrix.js")) }
}

function benchDir() {
  return process.env.RBV_BENCH_DIR || path.resolve(REPO, "..", "shared", "bench", "routing")
}

function runSet(name, opts, planner, log) {
  const def = SETS[name]
  const root = benchDir()
  const dir = path.join(root, def.dir)
  if (!fs.existsSync(dir)) {
    log(`  (skipped: ${dir} not found)`)
    return []
  }
  const bks = JSON.parse(fs.readFileSync(path.join(root, def.bks), "utf8"))
  let files = fs.readdirSync(dir).filter((f) => f.endsWith(def.ext)).sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
  if (name === "tsplib") files = files.filter((f) => tspSize(path.join(dir, f)) <= opts.tspMaxSize)
  if (opts.filter) files = files.filter((f) => opts.filter.test(f))
  files = files.slice(0, opts.limit)
  const results = []
  for (const f of files) {
    const inst = path.basename(f, def.ext)
    const best = bks[def.key(inst)]
    const problem = def.parse(fs.readFileSync(path.join(dir, f), "utf8"))
    const t0 = Date.now()
    const solution = planner.solve(problem, { timeLimitMs: opts.timeLimitMs, seed: opts.seed })
    const ms = Date.now() - t0
    const check = planner.checkSolution(problem, solution)
    const fixed = def.mode === "vehicles" ? FIXED_COST * check.routes : 0
    const cost = check.cost - fixed
    const complete = check.unassigned === 0
    const r = {
      set: name,
      instance: inst,
      tasks: (problem.jobs?.length ?? 0) + 2 * (problem.shipments?.length ?? 0),
      feasible: check.feasible && complete,
      violations: check.violations.length,
      firstViolation: check.violations[0]?.message,
      unassigned: check.unassigned,
      cost: Math.round(cost * 100) / 100,
      vehicles: check.routes,
      bestKnown: best?.best_known_cost ?? null,
      bestKnownVehicles: best?.solved_with_vehicles ?? null,
      gap: best ? (100 * (cost - best.best_known_cost)) / best.best_known_cost : null,
      timeMs: ms,
    }
    r.vehicleMatch = r.bestKnownVehicles === null ? null : r.vehicles === r.bestKnownVehicles
    results.push(r)
    log(
      `  ${inst.padEnd(10)} ${r.feasible ? "ok " : "BAD"} cost ${fmt(cost).padStart(10)}  bks ${fmt(r.bestKnown ?? NaN).padStart(10)}  gap ${pct(r.gap).padStart(8)}  veh ${r.vehicles}${r.bestKnownVehicles === null ? "" : `/${r.bestKnownVehicles}`}  ${ms} ms${r.firstViolation ? `  ${r.firstViolation}` : ""}`,
    )
  }
  return results
}

function summarise(name, results) {
  const mode = SETS[name].mode
  const feasible = results.filter((r) => r.feasible)
  const withBks = feasible.filter((r) => r.gap !== null)
  const matched = withBks.filter((r) => r.vehicleMatch)
  const gapPool = mode === "vehicles" ? matched : withBks
  const gaps = gapPool.map((r) => r.gap)
  const times = results.map((r) => r.timeMs)
  return {
    set: name,
    instances: results.length,
    feasible: feasible.length,
    gapOver: mode === "vehicles" ? "instances with the best-known vehicle count" : "all feasible instances",
    meanGap: mean(gaps),
    medianGap: median(gaps),
    maxGap: max(gaps),
    hasVehicleBks: withBks.some((r) => r.bestKnownVehicles !== null),
    vehicleMatches: withBks.filter((r) => r.vehicleMatch).length,
    vehiclesFewer: withBks.filter((r) => r.bestKnownVehicles !== null && r.vehicles < r.bestKnownVehicles).length,
    vehiclesMore: withBks.filter((r) => r.bestKnownVehicles !== null && r.vehicles > r.bestKnownVehicles).length,
    meanTimeMs: mean(times),
    maxTimeMs: max(times),
  }
}

function runScaling(opts, planner, log) {
  const out = []
  for (const n of [50, 100, 200, 400, 1000]) {
    const problem = scalingInstance(n, 1000 + n)
    const t0 = Date.now()
    const s = planner.solve(problem, { timeLimitMs: opts.timeLimitMs, seed: opts.seed })
    const ms = Date.now() - t0
    const c = planner.checkSolution(problem, s)
    const r = { stops: n, feasible: c.feasible, unassigned: c.unassigned, vehicles: c.routes, cost: Math.round(c.cost * 100) / 100, timeMs: ms, withinLimit: ms <= opts.timeLimitMs }
    out.push(r)
    log(`  ${String(n).padStart(5)} stops  ${r.feasible ? "ok " : "BAD"}  unassigned ${r.unassigned}  vehicles ${r.vehicles}  cost ${fmt(r.cost)}  ${ms} ms`)
  }
  return out
}

function runNeighbourhood(opts, planner, matrixLib, log) {
  const out = []
  const sizes = [[10, 20], [15, 50], [20, 100], [30, 200], [40, 300]]
  const metric = makeMetric(matrixLib.haversine, 1.3)
  const speed = matrixLib.DEFAULT_SPEEDS.bike
  sizes.forEach(([makers, residents], k) => {
    const inst = neighbourhoodInstance(makers, residents, 2026 + k)
    const t0 = Date.now()
    const s = planner.solve(inst.problem, { timeLimitMs: opts.timeLimitMs, seed: opts.seed })
    const ms = Date.now() - t0
    const c = planner.checkSolution(inst.problem, s)
    const own = eachMakerOwnTour(metric, inst)
    const nn = nearestNeighbourPooled(metric, inst, { capacity: 12, speed, shift: 4 * 3600, pickupService: 60, deliveryService: 120 })
    const km = c.distance / 1000
    const r = {
      makers, residents, orders: inst.orders.length, feasible: c.feasible, unassigned: c.unassigned,
      bikes: c.routes, plannedKm: km, ownToursKm: own / 1000, nearestNeighbourKm: nn.metres / 1000,
      nearestNeighbourBikes: nn.bikes, savingVsOwn: 1 - km / (own / 1000), savingVsNearestNeighbour: 1 - km / (nn.metres / 1000), timeMs: ms,
    }
    out.push(r)
    log(
      `  ${makers} makers, ${residents} residents, ${r.orders} orders: ${r.feasible ? "ok " : "BAD"} planned ${fmt(km, 1)} km (${r.bikes} bikes, ${r.unassigned} unassigned) · each maker alone ${fmt(r.ownToursKm, 1)} km · nearest neighbour ${fmt(r.nearestNeighbourKm, 1)} km (${nn.bikes} bikes) · ${ms} ms`,
    )
  })
  return out
}

function main() {
  const opts = parseArgs(process.argv.slice(2))
  const { planner, matrix } = loadPlanner()
  const log = opts.quiet ? () => {} : (s) => process.stdout.write(`${s}\n`)
  const report = { date: new Date().toISOString(), node: process.version, options: { ...opts, filter: opts.filter && String(opts.filter) }, sets: {}, summary: [] }
  for (const name of opts.sets) {
    log(`\n== ${name} ==`)
    if (name === "scaling") report.scaling = runScaling(opts, planner, log)
    else if (name === "neighbourhood") report.neighbourhood = runNeighbourhood(opts, planner, matrix, log)
    else {
      const results = runSet(name, opts, planner, log)
      report.sets[name] = results
      if (results.length) report.summary.push(summarise(name, results))
    }
  }
  if (report.summary.length) {
    process.stdout.write("\nSummary (gap to best known; vehicles-first sets: gap over instances with the best-known vehicle count)\n")
    process.stdout.write(
      table(
        ["set", "instances", "feasible", "mean gap", "median gap", "max gap", "veh = BKS", "veh < BKS", "veh > BKS", "mean ms", "max ms"],
        report.summary.map((s) => [
          s.set, s.instances, `${s.feasible}/${s.instances}`, pct(s.meanGap), pct(s.medianGap), pct(s.maxGap),
          s.hasVehicleBks ? `${s.vehicleMatches}/${s.instances}` : "–",
          s.hasVehicleBks ? s.vehiclesFewer : "–",
          s.hasVehicleBks ? s.vehiclesMore : "–", fmt(s.meanTimeMs, 0), fmt(s.maxTimeMs, 0),
        ]),
      ) + "\n",
    )
  }
  if (report.scaling) {
    process.stdout.write("\nScaling series (random VRPTW, Euclidean)\n")
    process.stdout.write(
      table(["stops", "feasible", "unassigned", "vehicles", "cost", "ms", "within limit"], report.scaling.map((r) => [r.stops, r.feasible ? "yes" : "NO", r.unassigned, r.vehicles, fmt(r.cost), r.timeMs, r.withinLimit ? "yes" : "NO"])) + "\n",
    )
  }
  if (report.neighbourhood) {
    process.stdout.write("\nNeighbourhood series (Veronetta, cargo bikes, km)\n")
    process.stdout.write(
      table(
        ["makers", "residents", "orders", "feasible", "bikes", "planned km", "each maker km", "saving", "nearest-nb km", "saving", "ms"],
        report.neighbourhood.map((r) => [
          r.makers, r.residents, r.orders, r.feasible ? "yes" : "NO", r.bikes, fmt(r.plannedKm, 1), fmt(r.ownToursKm, 1),
          `${fmt(100 * r.savingVsOwn, 0)}%`, fmt(r.nearestNeighbourKm, 1), `${fmt(100 * r.savingVsNearestNeighbour, 0)}%`, r.timeMs,
        ]),
      ) + "\n",
    )
  }
  const outDir = path.join(PLUGIN, "bench-results")
  fs.mkdirSync(outDir, { recursive: true })
  const file = path.join(outDir, `routing-${report.date.replace(/[:.]/g, "-")}.json`)
  fs.writeFileSync(file, JSON.stringify(report, null, 2))
  process.stdout.write(`\nresults: ${path.relative(process.cwd(), file)}\n`)
}

main()
