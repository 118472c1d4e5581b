"use strict"
/** Per-set, per-solver summary of benchmark results, and its table. */
const { mean, median, max, fmt, pct, table } = require("./stats")

function summarise(name, mode, solver, results) {
  const feasible = results.filter((r) => r.feasible)
  const withBks = feasible.filter((r) => r.gap !== null)
  const matched = withBks.filter((r) => r.vehicleMatch)
  const gaps = (mode === "vehicles" ? matched : withBks).map((r) => r.gap)
  const times = results.map((r) => r.timeMs)
  return {
    set: name,
    solver,
    instances: results.length,
    feasible: feasible.length,
    gapOver: mode === "vehicles" ? "instances with the best-known vehicle count" : "all feasible instances",
    meanGap: mean(gaps),
    medianGap: median(gaps),
    maxGap: max(gaps),
    hasVehicleBks: withBks.some((r) => r.bestKnownVehicles !== null),
    vehicleMatches: matched.length,
    vehiclesFewer: withBks.filter((r) => r.bestKnownVehicles !== null && r.vehicles < r.bestKnownVehicles).length,
    vehiclesMore: withBks.filter((r) => r.bestKnownVehicles !== null && r.vehicles > r.bestKnownVehicles).length,
    meanTimeMs: mean(times),
    maxTimeMs: max(times),
  }
}

function summaryTable(summary) {
  return table(
    ["set", "solver", "instances", "feasible", "veh = BKS", "veh < BKS", "veh > BKS", "mean gap", "median gap", "max gap", "mean ms", "max ms"],
    summary.map((s) => [
      s.set, s.solver, s.instances, `${s.feasible}/${s.instances}`,
      s.hasVehicleBks ? `${s.vehicleMatches}/${s.instances}` : "–",
      s.hasVehicleBks ? s.vehiclesFewer : "–",
      s.hasVehicleBks ? s.vehiclesMore : "–",
      pct(s.meanGap), pct(s.medianGap), pct(s.maxGap), fmt(s.meanTimeMs, 0), fmt(s.maxTimeMs, 0),
    ]),
  )
}

module.exports = { summarise, summaryTable }
