"use strict"
/**
 * Generated instances: a scaling series of random VRPTW problems and the neighbourhood series
 * (makers and residents around Veronetta, Verona, served by cargo bikes).
 */

/** mulberry32, the same generator as the planner's. */
function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Solomon-R1-like random VRPTW with `n` stops on a 100 × 100 square (Euclidean, not rounded). */
function scalingInstance(n, seed) {
  const rand = rng(seed)
  const side = 100 * Math.sqrt(n / 100)
  const pts = [[side / 2, side / 2]]
  for (let i = 0; i < n; i++) pts.push([rand() * side, rand() * side])
  const horizon = 230 + 2 * side
  const matrix = pts.map((a) => pts.map((b) => Math.hypot(a[0] - b[0], a[1] - b[1])))
  const vehicles = Math.ceil(n / 5)
  return {
    vehicles: Array.from({ length: vehicles }, (_, i) => ({
      id: i + 1,
      start_index: 0,
      end_index: 0,
      capacity: [200],
      time_window: [0, horizon],
    })),
    jobs: pts.slice(1).map((p, i) => {
      const back = matrix[0][i + 1]
      const earliest = back
      const latest = horizon - back - 10
      const a = earliest + rand() * Math.max(0, latest - earliest - 30)
      return {
        id: i + 1,
        location_index: i + 1,
        delivery: [1 + Math.floor(rand() * 30)],
        service: 10,
        time_windows: [[Math.floor(a), Math.floor(a) + 30 + Math.floor(rand() * 60)]],
      }
    }),
    matrices: { car: { durations: matrix, distances: matrix } },
  }
}

const VERONETTA = [11.004, 45.444] // [lon, lat]

/** A point within `radius` metres of `center`. */
function around(rand, center, radius) {
  const r = radius * Math.sqrt(rand())
  const th = 2 * Math.PI * rand()
  const dLat = (r * Math.sin(th)) / 111320
  const dLon = (r * Math.cos(th)) / (111320 * Math.cos((center[1] * Math.PI) / 180))
  return [Number((center[0] + dLon).toFixed(6)), Number((center[1] + dLat).toFixed(6))]
}

/**
 * Makers and residents around Veronetta; each resident orders from 1–2 makers. A pooled round:
 * cargo bikes from the hub pick each order up at its maker and deliver it (shipments).
 */
function neighbourhoodInstance(makers, residents, seed) {
  const rand = rng(seed)
  const hub = VERONETTA
  const makerPts = Array.from({ length: makers }, () => around(rand, hub, 1500))
  const residentPts = Array.from({ length: residents }, () => around(rand, hub, 1800))
  const orders = []
  residentPts.forEach((_, r) => {
    const k = rand() < 0.35 ? 2 : 1
    const chosen = new Set()
    while (chosen.size < k && chosen.size < makers) chosen.add(Math.floor(rand() * makers))
    for (const m of chosen) orders.push({ maker: m, resident: r, parcels: 1 + Math.floor(rand() * 2) })
  })
  const bikes = Math.max(2, Math.ceil(orders.length / 20))
  const problem = {
    vehicles: Array.from({ length: bikes }, (_, i) => ({
      id: i + 1,
      profile: "bike",
      start: hub,
      end: hub,
      capacity: [12],
      time_window: [0, 4 * 3600],
    })),
    shipments: orders.map((o, i) => ({
      amount: [o.parcels],
      pickup: { id: i + 1, location: makerPts[o.maker], service: 60 },
      delivery: { id: i + 1, location: residentPts[o.resident], service: 120 },
    })),
  }
  return { problem, makerPts, residentPts, orders, hub }
}

module.exports = { rng, scalingInstance, neighbourhoodInstance, VERONETTA }
