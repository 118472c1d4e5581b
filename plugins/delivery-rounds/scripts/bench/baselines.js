"use strict"
/** Baselines for the neighbourhood series, in metres over the same haversine × road-factor metric. */

function makeMetric(haversine, roadFactor) {
  return (a, b) => haversine(a, b) * roadFactor
}

/** Closed tour from `start` over `points`: nearest neighbour then 2-opt. Returns its length. */
function tourLength(dist, start, points) {
  const pts = [start, ...points]
  const n = pts.length
  if (n <= 1) return 0
  const used = new Array(n).fill(false)
  const order = [0]
  used[0] = true
  for (let k = 1; k < n; k++) {
    const last = pts[order[order.length - 1]]
    let best = -1
    for (let i = 1; i < n; i++) if (!used[i] && (best < 0 || dist(last, pts[i]) < dist(last, pts[best]))) best = i
    used[best] = true
    order.push(best)
  }
  let improved = true
  const d = (i, j) => dist(pts[order[i % n]], pts[order[j % n]])
  while (improved) {
    improved = false
    for (let i = 0; i < n - 1; i++) {
      for (let j = i + 2; j < n; j++) {
        if (i === 0 && j === n - 1) continue
        if (d(i, i + 1) + d(j, j + 1) > d(i, j) + d(i + 1, j + 1) + 1e-9) {
          const seg = order.slice(i + 1, j + 1).reverse()
          order.splice(i + 1, seg.length, ...seg)
          improved = true
        }
      }
    }
  }
  let len = 0
  for (let i = 0; i < n; i++) len += d(i, i + 1)
  return len
}

/** (a) every maker drives its own orders: one closed tour per maker over its customers. */
function eachMakerOwnTour(dist, inst) {
  let total = 0
  inst.makerPts.forEach((mp, m) => {
    const homes = [...new Set(inst.orders.filter((o) => o.maker === m).map((o) => o.resident))]
    total += tourLength(dist, mp, homes.map((r) => inst.residentPts[r]))
  })
  return total
}

/**
 * (b) pooled nearest-neighbour: bikes leave the hub one after another and always ride to the
 * nearest allowed stop (a pickup that fits, or the delivery of a parcel on board), back to the hub
 * when full of nothing to do or the shift is over.
 */
function nearestNeighbourPooled(dist, inst, { capacity, speed, shift, pickupService, deliveryService }) {
  const n = inst.orders.length
  const picked = new Array(n).fill(false)
  const delivered = new Array(n).fill(false)
  let left = n
  let total = 0
  let bikes = 0
  while (left > 0) {
    bikes++
    let pos = inst.hub
    let load = 0
    let time = 0
    const onboard = new Set()
    for (;;) {
      let best = -1
      let bestIsPickup = false
      let bd = Infinity
      for (let i = 0; i < n; i++) {
        if (delivered[i]) continue
        const o = inst.orders[i]
        if (!picked[i]) {
          if (load + o.parcels > capacity) continue
          const d = dist(pos, inst.makerPts[o.maker])
          if (d < bd) {
            bd = d
            best = i
            bestIsPickup = true
          }
        } else if (onboard.has(i)) {
          const d = dist(pos, inst.residentPts[o.resident])
          if (d < bd) {
            bd = d
            best = i
            bestIsPickup = false
          }
        }
      }
      if (best < 0) break
      const o = inst.orders[best]
      const target = bestIsPickup ? inst.makerPts[o.maker] : inst.residentPts[o.resident]
      // a new pickup only if the bike can still drop it and get home within the shift
      if (bestIsPickup && onboard.size > 0) {
        const back = time + (bd + dist(target, inst.residentPts[o.resident]) + dist(inst.residentPts[o.resident], inst.hub)) / speed
        if (back > shift) {
          // deliver what is on board first
          let nd = -1
          let ndd = Infinity
          for (const i of onboard) {
            const d = dist(pos, inst.residentPts[inst.orders[i].resident])
            if (d < ndd) {
              ndd = d
              nd = i
            }
          }
          total += ndd
          time += ndd / speed + deliveryService
          pos = inst.residentPts[inst.orders[nd].resident]
          onboard.delete(nd)
          delivered[nd] = true
          load -= inst.orders[nd].parcels
          left--
          continue
        }
      }
      if (bestIsPickup && onboard.size === 0 && time > 0 && time + (bd + dist(target, inst.residentPts[o.resident]) + dist(inst.residentPts[o.resident], inst.hub)) / speed > shift) break
      total += bd
      time += bd / speed
      pos = target
      if (bestIsPickup) {
        picked[best] = true
        onboard.add(best)
        load += o.parcels
        time += pickupService
      } else {
        onboard.delete(best)
        delivered[best] = true
        load -= o.parcels
        left--
        time += deliveryService
      }
    }
    total += dist(pos, inst.hub)
  }
  return { metres: total, bikes }
}

module.exports = { makeMetric, eachMakerOwnTour, nearestNeighbourPooled, tourLength }
