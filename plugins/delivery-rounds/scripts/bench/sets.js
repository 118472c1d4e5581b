"use strict"
/** The published benchmark sets: where they live, how to read them, which best-known values apply. */
const fs = require("fs")
const path = require("path")
const { parseSolomon, parseLiLim, parseTsplib, tspSize } = require("./instances")

const REPO = path.resolve(__dirname, "..", "..", "..", "..")
const FIXED_COST = 100000 // vehicles-first sets: one vehicle outweighs any travel saving

const SETS = {
  solomon: { dir: "solomon", ext: ".txt", parse: (t) => parseSolomon(t), bks: "VRPTW_BKS.json", key: (n) => `${n}_distance`, mode: "distance" },
  homberger: { dir: "homberger_200", ext: ".txt", parse: (t) => parseSolomon(t, { fixedCost: FIXED_COST }), bks: "VRPTW_BKS.json", key: (n) => n, mode: "vehicles", fixedCost: FIXED_COST },
  lilim100: { dir: "li_lim_100", ext: ".txt", parse: (t) => parseLiLim(t, { fixedCost: FIXED_COST }), bks: "PDPTW_BKS.json", key: (n) => n, mode: "vehicles", fixedCost: FIXED_COST },
  lilim200: { dir: "li_lim_200", ext: ".txt", parse: (t) => parseLiLim(t, { fixedCost: FIXED_COST }), bks: "PDPTW_BKS.json", key: (n) => n, mode: "vehicles", fixedCost: FIXED_COST },
  tsplib: { dir: "tsplib", ext: ".tsp", parse: (t) => parseTsplib(t), bks: "TSP_BKS.json", key: (n) => n, mode: "distance" },
}

function benchDir() {
  return process.env.RBV_BENCH_DIR || path.resolve(REPO, "..", "shared", "bench", "routing")
}

/** The instances of a set (after --filter / --limit / --tsp-max-size), parsed; null if absent. */
function listInstances(name, opts) {
  const def = SETS[name]
  const root = benchDir()
  const dir = path.join(root, def.dir)
  if (!fs.existsSync(dir)) return null
  const bks = JSON.parse(fs.readFileSync(path.join(root, def.bks), "utf8"))
  let files = fs.readdirSync(dir).filter((f) => f.endsWith(def.ext)).sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
  if (name === "tsplib") files = files.filter((f) => tspSize(path.join(dir, f)) <= opts.tspMaxSize)
  if (opts.filter) files = files.filter((f) => opts.filter.test(f))
  return files.slice(0, opts.limit).map((f) => {
    const inst = path.basename(f, def.ext)
    return { inst, best: bks[def.key(inst)], problem: def.parse(fs.readFileSync(path.join(dir, f), "utf8")) }
  })
}

module.exports = { SETS, FIXED_COST, listInstances, benchDir }
