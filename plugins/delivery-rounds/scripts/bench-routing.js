#!/usr/bin/env node
"use strict"
/**
 * npm run bench:routing [-- --set solomon,tsplib --limit 10 --time-limit-ms 2000 --seed 1
 *                          --baseline DIR --max-iterations N --clock wall|cpu]
 *
 * Solves the shared routing benchmarks (../shared/bench/routing, or RBV_BENCH_DIR) with the
 * built planner — and, with --baseline DIR (or RBV_BASELINE_DIR), with another build of it on
 * the same instance right after (or right before: the order alternates from one instance to the
 * next), so both see the same machine load — checks every solution
 * with the independent checker of the planner under test and prints, per set and solver:
 * feasible, vehicles vs best known, mean/median/max gap, solve times. Also a scaling series and
 * the Veronetta neighbourhood series. Results are written as JSON to bench-results/ (git-ignored).
 * `--clock cpu` gives each solve the time limit in CPU time of this process instead of wall-clock
 * time: on a machine shared with other work that keeps runs comparable (development only; the
 * figures to report are wall-clock, with the machine's load average printed next to them).
 */
const fs = require("fs")
const os = require("os")
const path = require("path")
const { performance } = require("perf_hooks")
const { SETS, listInstances } = require("./bench/sets")
const { summarise, summaryTable } = require("./bench/summary")
const { fmt, pct, table } = require("./bench/stats")
const { scalingInstance, neighbourhoodInstance } = require("./bench/generated")
const { makeMetric, eachMakerOwnTour, nearestNeighbourPooled } = require("./bench/baselines")

const PLUGIN = path.resolve(__dirname, "..")
const ALL = [...Object.keys(SETS), "scaling", "neighbourhood"]

function usage(msg) {
  if (msg) process.stderr.write(`bench-routing: ${msg}\n`)
  process.stderr.write(
    "usage: bench-routing [--set a,b] [--limit N] [--filter REGEX] [--time-limit-ms N] [--seed N] [--tsp-max-size N]\n" +
      "                     [--max-iterations N] [--baseline DIR] [--clock wall|cpu] [--quiet]\n" +
      `sets: ${ALL.join(", ")}\n`,
  )
  process.exit(msg ? 2 : 0)
}

function parseArgs(argv) {
  const o = {
    sets: ALL, limit: Infinity, filter: null, timeLimitMs: 2000, seed: 1, tspMaxSize: 1000, quiet: false,
    maxIterations: undefined, baseline: process.env.RBV_BASELINE_DIR || null, clock: "wall",
  }
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
    else if (a === "--max-iterations") o.maxIterations = Number(val())
    else if (a === "--baseline") o.baseline = val()
    else if (a === "--clock") o.clock = val()
    else if (a === "--quiet") o.quiet = true
    else if (a === "-h" || a === "--help") usage()
    else usage(`unknown option ${a}`)
  }
  for (const s of o.sets) if (!ALL.includes(s)) usage(`unknown set ${s}`)
  if (o.clock !== "wall" && o.clock !== "cpu") usage("--clock is wall or cpu")
  return o
}

function loadPlanner(dir) {
  if (!fs.existsSync(path.join(dir, "index.js"))) {
    process.stderr.write(`bench-routing: no built planner in ${dir} (index.js missing): run \`npm run build\` first\n`)
    process.exit(1)
  }
  return { planner: require(path.join(dir, "index.js")), matrix: require(path.join(dir, "matrix.js")) }
}

/** Solvers to compare: the planner under test first, then the baseline if any. */
function loadSolvers(opts) {
  const dir = process.env.RBV_PLANNER_DIR || path.join(PLUGIN, ".medusa", "server", "src", "planner")
  const solvers = [{ name: "new", ...loadPlanner(dir) }]
  if (opts.baseline) solvers.push({ name: "baseline", ...loadPlanner(path.resolve(opts.baseline)) })
  return solvers
}

function cpuNow() {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

function timedSolve(solver, problem, opts) {
  const now = opts.clock === "cpu" ? cpuNow : () => performance.now()
  const t0 = now()
  const solution = solver.planner.solve(problem, {
    timeLimitMs: opts.timeLimitMs, seed: opts.seed, maxIterations: opts.maxIterations,
    ...(opts.clock === "cpu" ? { now } : {}),
  })
  return { solution, ms: Math.round(now() - t0) }
}

const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(" ")

function runSet(name, opts, solvers, checker, log) {
  const def = SETS[name]
  const found = listInstances(name, opts)
  if (!found) {
    log(`  (skipped: ${name} not found)`)
    return {}
  }
  const results = Object.fromEntries(solvers.map((s) => [s.name, []]))
  let k = 0
  for (const { inst, problem, best } of found) {
    // with a baseline, every other instance is solved baseline first, so that neither build is
    // always the one solved right after the other (no effect of the order was found in session 18)
    for (const solver of k++ % 2 === 0 ? solvers : [...solvers].reverse()) {
      const { solution, ms } = timedSolve(solver, problem, opts)
      const check = checker.checkSolution(problem, solution)
      const fixed = def.mode === "vehicles" ? def.fixedCost * check.routes : 0
      const cost = check.cost - fixed
      const r = {
        set: name, instance: inst, solver: solver.name,
        tasks: (problem.jobs?.length ?? 0) + 2 * (problem.shipments?.length ?? 0),
        feasible: check.feasible && check.unassigned === 0,
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
      results[solver.name].push(r)
      log(
        `  ${inst.padEnd(10)} ${solver.name.padEnd(8)} ${r.feasible ? "ok " : "BAD"} cost ${fmt(cost).padStart(10)}  bks ${fmt(r.bestKnown ?? NaN).padStart(10)}  gap ${pct(r.gap).padStart(8)}  veh ${r.vehicles}${r.bestKnownVehicles === null ? "" : `/${r.bestKnownVehicles}`}  ${ms} ms${r.firstViolation ? `  ${r.firstViolation}` : ""}`,
      )
    }
  }
  return results
}

function runScaling(opts, solvers, checker, log) {
  const out = []
  for (const n of [50, 100, 200, 400, 1000]) {
    const problem = scalingInstance(n, 1000 + n)
    for (const solver of solvers) {
      const { solution, ms } = timedSolve(solver, problem, opts)
      const c = checker.checkSolution(problem, solution)
      const r = { solver: solver.name, stops: n, feasible: c.feasible, unassigned: c.unassigned, vehicles: c.routes, cost: Math.round(c.cost * 100) / 100, timeMs: ms, withinLimit: ms <= opts.timeLimitMs }
      out.push(r)
      log(`  ${String(n).padStart(5)} stops ${solver.name.padEnd(8)} ${r.feasible ? "ok " : "BAD"}  unassigned ${r.unassigned}  vehicles ${r.vehicles}  cost ${fmt(r.cost)}  ${ms} ms`)
    }
  }
  return out
}

function runNeighbourhood(opts, solvers, checker, log) {
  const out = []
  const sizes = [[10, 20], [15, 50], [20, 100], [30, 200], [40, 300]]
  const matrixLib = solvers[0].matrix
  const metric = makeMetric(matrixLib.haversine, 1.3)
  const speed = matrixLib.DEFAULT_SPEEDS.bike
  sizes.forEach(([makers, residents], k) => {
    const inst = neighbourhoodInstance(makers, residents, 2026 + k)
    const own = eachMakerOwnTour(metric, inst)
    const nn = nearestNeighbourPooled(metric, inst, { capacity: 12, speed, shift: 4 * 3600, pickupService: 60, deliveryService: 120 })
    for (const solver of solvers) {
      const { solution, ms } = timedSolve(solver, inst.problem, opts)
      const c = checker.checkSolution(inst.problem, solution)
      const km = c.distance / 1000
      const r = {
        solver: solver.name, makers, residents, orders: inst.orders.length, feasible: c.feasible, unassigned: c.unassigned,
        bikes: c.routes, plannedKm: km, ownToursKm: own / 1000, nearestNeighbourKm: nn.metres / 1000,
        nearestNeighbourBikes: nn.bikes, savingVsOwn: 1 - km / (own / 1000), savingVsNearestNeighbour: 1 - km / (nn.metres / 1000), timeMs: ms,
      }
      out.push(r)
      log(
        `  ${makers} makers, ${residents} residents, ${r.orders} orders ${solver.name.padEnd(8)}: ${r.feasible ? "ok " : "BAD"} planned ${fmt(km, 1)} km (${r.bikes} bikes, ${r.unassigned} unassigned) · each maker alone ${fmt(r.ownToursKm, 1)} km · nearest neighbour ${fmt(r.nearestNeighbourKm, 1)} km (${nn.bikes} bikes) · ${ms} ms`,
      )
    }
  })
  return out
}

function main() {
  const opts = parseArgs(process.argv.slice(2))
  const solvers = loadSolvers(opts)
  const checker = solvers[0].planner
  const log = opts.quiet ? () => {} : (s) => process.stdout.write(`${s}\n`)
  const report = {
    date: new Date().toISOString(), node: process.version, loadBefore: loadavg(),
    options: { ...opts, filter: opts.filter && String(opts.filter) }, sets: {}, summary: [],
  }
  log(`load average before: ${report.loadBefore} (${os.cpus().length} cores)`)
  for (const name of opts.sets) {
    log(`\n== ${name} ==`)
    if (name === "scaling") report.scaling = runScaling(opts, solvers, checker, log)
    else if (name === "neighbourhood") report.neighbourhood = runNeighbourhood(opts, solvers, checker, log)
    else {
      const bySolver = runSet(name, opts, solvers, checker, log)
      report.sets[name] = bySolver
      for (const [solver, results] of Object.entries(bySolver)) if (results.length) report.summary.push(summarise(name, SETS[name].mode, solver, results))
    }
  }
  report.loadAfter = loadavg()
  if (report.summary.length) {
    process.stdout.write("\nSummary (gap to best known; vehicles-first sets: gap over instances with the best-known vehicle count)\n")
    process.stdout.write(summaryTable(report.summary) + "\n")
  }
  if (report.scaling) {
    process.stdout.write("\nScaling series (random VRPTW, Euclidean)\n")
    process.stdout.write(
      table(["stops", "solver", "feasible", "unassigned", "vehicles", "cost", "ms", "within limit"], report.scaling.map((r) => [r.stops, r.solver, r.feasible ? "yes" : "NO", r.unassigned, r.vehicles, fmt(r.cost), r.timeMs, r.withinLimit ? "yes" : "NO"])) + "\n",
    )
  }
  if (report.neighbourhood) {
    process.stdout.write("\nNeighbourhood series (Veronetta, cargo bikes, km)\n")
    process.stdout.write(
      table(
        ["makers", "residents", "orders", "solver", "feasible", "bikes", "planned km", "each maker km", "saving", "nearest-nb km", "saving", "ms"],
        report.neighbourhood.map((r) => [
          r.makers, r.residents, r.orders, r.solver, r.feasible ? "yes" : "NO", r.bikes, fmt(r.plannedKm, 1), fmt(r.ownToursKm, 1),
          `${fmt(100 * r.savingVsOwn, 0)}%`, fmt(r.nearestNeighbourKm, 1), `${fmt(100 * r.savingVsNearestNeighbour, 0)}%`, r.timeMs,
        ]),
      ) + "\n",
    )
  }
  process.stdout.write(`\nload average before ${report.loadBefore}, after ${report.loadAfter}\n`)
  const outDir = path.join(PLUGIN, "bench-results")
  fs.mkdirSync(outDir, { recursive: true })
  const file = path.join(outDir, `routing-${report.date.replace(/[:.]/g, "-")}.json`)
  fs.writeFileSync(file, JSON.stringify(report, null, 2))
  process.stdout.write(`results: ${path.relative(process.cwd(), file)}\n`)
}

main()
