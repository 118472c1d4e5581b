"use strict"
/**
 * Converters from the classic benchmark formats to VROOM JSON problems.
 * Distances are Euclidean and not rounded (travel time = distance) for Solomon, Homberger and
 * Li & Lim; TSPLIB EUC_2D distances are rounded to the nearest integer as TSPLIB prescribes.
 */
const fs = require("fs")

function euclidMatrix(pts, round) {
  const n = pts.length
  return pts.map((a) =>
    pts.map((b) => {
      const d = Math.hypot(a[0] - b[0], a[1] - b[1])
      return round ? Math.round(d) : d
    }),
  )
}

function numberRows(text) {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /^-?\d/.test(l))
    .map((l) => l.split(/\s+/).map(Number))
}

/**
 * What Solomon's and Li & Lim's files share: a first row `vehicles capacity …`, then one row per
 * node (`id x y demand ready due service …`, at least `columns` numbers; the depot first); the fleet
 * (identical vehicles from and back to the depot within its hours) and the Euclidean matrices.
 */
function vrptwBase(text, columns, fixedCost) {
  const rows = numberRows(text)
  const [vehicles, capacity] = rows[0]
  const nodes = rows.slice(1).filter((r) => r.length >= columns)
  const m = euclidMatrix(nodes.map((r) => [r[1], r[2]]), false)
  const [, , , , ready, due] = nodes[0]
  const fleet = Array.from({ length: vehicles }, (_, i) => ({
    id: i + 1,
    start_index: 0,
    end_index: 0,
    capacity: [capacity],
    time_window: [ready, due],
    ...(fixedCost ? { costs: { fixed: fixedCost } } : {}),
  }))
  return { nodes, fleet, matrices: { car: { durations: m, distances: m } } }
}

/** Solomon / Gehring–Homberger VRPTW: `id x y demand ready due service` rows after the header. */
function parseSolomon(text, { fixedCost = 0 } = {}) {
  const { nodes: customers, fleet, matrices } = vrptwBase(text, 7, fixedCost)
  return {
    vehicles: fleet,
    jobs: customers.slice(1).map((r, i) => ({
      id: r[0],
      location_index: i + 1,
      delivery: [r[3]],
      service: r[6],
      time_windows: [[r[4], r[5]]],
    })),
    matrices,
  }
}

/** Li & Lim PDPTW: first line `vehicles capacity speed`, then `id x y demand ready due service p d`. */
function parseLiLim(text, { fixedCost = 0 } = {}) {
  const { nodes, fleet, matrices } = vrptwBase(text, 9, fixedCost)
  const byId = new Map(nodes.map((r, i) => [r[0], i]))
  const shipments = []
  for (let i = 1; i < nodes.length; i++) {
    const r = nodes[i]
    if (r[8] > 0) {
      const di = byId.get(r[8])
      const d = nodes[di]
      shipments.push({
        amount: [r[3]],
        pickup: { id: r[0], location_index: i, service: r[6], time_windows: [[r[4], r[5]]] },
        delivery: { id: d[0], location_index: di, service: d[6], time_windows: [[d[4], d[5]]] },
      })
    }
  }
  return { vehicles: fleet, shipments, matrices }
}

/** TSPLIB EUC_2D: one vehicle starting and ending at city 1. */
function parseTsplib(text) {
  const lines = text.split(/\r?\n/)
  const header = {}
  let i = 0
  for (; i < lines.length; i++) {
    const l = lines[i].trim()
    if (l.startsWith("NODE_COORD_SECTION")) break
    const k = l.indexOf(":")
    if (k > 0) header[l.slice(0, k).trim()] = l.slice(k + 1).trim()
  }
  if (header.EDGE_WEIGHT_TYPE !== "EUC_2D") throw new Error(`unsupported EDGE_WEIGHT_TYPE ${header.EDGE_WEIGHT_TYPE}`)
  const pts = []
  for (i++; i < lines.length; i++) {
    const l = lines[i].trim()
    if (!l || l === "EOF") break
    const [, x, y] = l.split(/\s+/).map(Number)
    pts.push([x, y])
  }
  const m = euclidMatrix(pts, true)
  return {
    vehicles: [{ id: 1, start_index: 0, end_index: 0 }],
    jobs: pts.slice(1).map((_, k) => ({ id: k + 1, location_index: k + 1 })),
    matrices: { car: { durations: m, distances: m } },
  }
}

function tspSize(file) {
  const head = fs.readFileSync(file, "utf8").slice(0, 2000)
  const m = /DIMENSION\s*:\s*(\d+)/.exec(head)
  return m ? Number(m[1]) : Infinity
}

module.exports = { parseSolomon, parseLiLim, parseTsplib, tspSize, euclidMatrix }
