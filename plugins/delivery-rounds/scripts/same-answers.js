#!/usr/bin/env node
"use strict"
/**
 * node scripts/same-answers.js --baseline DIR [--set solomon,homberger] [--filter REGEX] [--limit N]
 *                              [--max-iterations 1000] [--time-limit-ms 1e9] [--seed 1] [--repeat 1]
 *                              [--virtual-clock STEP_MS]
 *
 * Whether two builds of the planner give the same answers: each instance is solved by the planner
 * under test (RBV_PLANNER_DIR, default the plugin's build) and by the baseline build with the same
 * seed and iteration cap, and the two solutions are compared whole (every route, step, arrival and
 * cost; only `summary.computing_times` is left out). The time limit defaults to 10⁹ ms: route
 * minimisation's shares are time-based, so only a limit that is never reached makes a capped run
 * deterministic. Also the speed of the same work: each solve's CPU time (the order of the two builds
 * alternates from one instance to the next; `--repeat N` solves each instance N times per build
 * and keeps the fastest), summed per set, and their ratio. Exits 1 if any answer differs.
 *
 * `--virtual-clock STEP_MS` (no iteration cap unless given, time limit 2 000 ms unless given): the
 * planner's clock is a counter that every read advances by STEP_MS, so a run is deterministic but
 * shaped like a timed one (route minimisation's shares, the local search's share, probes, the
 * annealing's schedule by time). A real 2 s solve of Gehring–Homberger 200 reads the clock 7 000–19 000
 * times; 0.12–0.25 gives runs of that shape.
 * The speed figure is then the real CPU time of the same work.
 */
const path = require("path")
const { listInstances } = require("./bench/sets")

const PLUGIN = path.resolve(__dirname, "..")

function parseArgs(argv) {
  const o = { sets: ["solomon", "lilim100", "homberger"], filter: null, limit: Infinity, maxIterations: undefined, timeLimitMs: undefined, seed: 1, repeat: 1, baseline: null, tspMaxSize: 1000, virtualStep: 0 }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const val = () => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${a} needs a value`)
      return v
    }
    if (a === "--set" || a === "--sets") o.sets = val().split(",").map((s) => s.trim())
    else if (a === "--filter") o.filter = new RegExp(val(), "i")
    else if (a === "--limit") o.limit = Number(val())
    else if (a === "--max-iterations") o.maxIterations = Number(val())
    else if (a === "--time-limit-ms") o.timeLimitMs = Number(val())
    else if (a === "--seed") o.seed = Number(val())
    else if (a === "--repeat") o.repeat = Number(val())
    else if (a === "--baseline") o.baseline = val()
    else if (a === "--tsp-max-size") o.tspMaxSize = Number(val())
    else if (a === "--virtual-clock") o.virtualStep = Number(val())
    else throw new Error(`unknown option ${a}`)
  }
  if (!o.baseline) throw new Error("--baseline DIR is required")
  if (o.virtualStep > 0) {
    o.maxIterations ??= Infinity
    o.timeLimitMs ??= 2000
  } else {
    o.maxIterations ??= 1000
    o.timeLimitMs ??= 1e9
  }
  return o
}

const cpuNow = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

/** The solution without its timings. */
function canonical(solution) {
  const s = { ...solution, summary: { ...solution.summary } }
  delete s.summary.computing_times
  return JSON.stringify(s)
}

function main() {
  const opts = parseArgs(process.argv.slice(2))
  const builds = [
    { name: "new", planner: require(path.join(process.env.RBV_PLANNER_DIR || path.join(PLUGIN, ".medusa", "server", "src", "planner"), "index.js")) },
    { name: "baseline", planner: require(path.join(path.resolve(opts.baseline), "index.js")) },
  ]
  let differ = 0
  let k = 0
  for (const set of opts.sets) {
    const found = listInstances(set, opts)
    if (!found) {
      console.log(`${set}: not found`)
      continue
    }
    let same = 0
    const ms = { new: 0, baseline: 0 }
    const diffs = []
    for (const { inst, problem } of found) {
      const out = {}
      const best = { new: Infinity, baseline: Infinity }
      for (let rep = 0; rep < opts.repeat; rep++) {
        for (const b of k++ % 2 === 0 ? builds : [...builds].reverse()) {
          let clock = 0
          const now = opts.virtualStep > 0 ? () => (clock += opts.virtualStep) : cpuNow
          const t0 = cpuNow()
          const sol = b.planner.solve(problem, { timeLimitMs: opts.timeLimitMs, seed: opts.seed, maxIterations: opts.maxIterations, now })
          const t = cpuNow() - t0
          if (t < best[b.name]) best[b.name] = t
          out[b.name] = canonical(sol)
        }
      }
      ms.new += best.new
      ms.baseline += best.baseline
      if (out.new === out.baseline) same++
      else diffs.push(inst)
      console.log(`  ${set} ${inst.padEnd(12)} ${out.new === out.baseline ? "same" : "DIFFERENT"}  new ${best.new.toFixed(0)} ms  baseline ${best.baseline.toFixed(0)} ms`)
    }
    differ += diffs.length
    console.log(
      `${set}: same answers ${same}/${found.length}${diffs.length ? ` (different: ${diffs.join(", ")})` : ""}; CPU new ${ms.new.toFixed(0)} ms, baseline ${ms.baseline.toFixed(0)} ms, baseline/new ${(ms.baseline / ms.new).toFixed(3)}`,
    )
  }
  process.exit(differ > 0 ? 1 : 0)
}

main()
