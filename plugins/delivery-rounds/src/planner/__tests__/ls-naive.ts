import type { Weights } from "../ls-routes"
import type { Model } from "../model"

/**
 * Penalised cost of one route by plain forward simulation — no segments — to check the
 * segment algebra against. Leaves at the start of the shift; arriving after a window's end
 * "travels back in time" to it and counts the difference as time warp (Vidal et al. 2013);
 * several windows of a task count as their hull, as in the local search.
 */
export function naiveRouteCost(m: Model, v: number, list: number[], w: Weights): number {
  if (list.length === 0) return 0
  const tr = m.travels[m.vTravel[v]]
  const n = tr.size
  const D = m.dims
  let t = m.vTwStart[v]
  let cost = 0
  let warp = 0
  let loc = m.vStart[v]
  const load = new Array(D).fill(0)
  for (const task of list) for (let d = 0; d < D; d++) load[d] += m.taskStartLoad[task * D + d]
  const peak = load.slice()
  const go = (to: number) => {
    if (loc >= 0 && to >= 0) {
      t += tr.time[loc * n + to]
      cost += tr.cost[loc * n + to]
    }
  }
  for (const task of list) {
    go(m.taskLoc[task])
    loc = m.taskLoc[task]
    const e = m.twStart[m.twOff[task]]
    const l = m.twEnd[m.twOff[task + 1] - 1]
    if (t < e) t = e
    if (t > l) {
      warp += t - l
      t = l
    }
    t += m.taskService[task]
    for (let d = 0; d < D; d++) {
      load[d] += m.taskAdd[task * D + d] - m.taskRemove[task * D + d]
      peak[d] = Math.max(peak[d], load[d])
    }
  }
  go(m.vEnd[v])
  if (t > m.vTwEnd[v]) warp += t - m.vTwEnd[v]
  let excess = 0
  for (let d = 0; d < D; d++) excess += Math.max(0, peak[d] - m.vCapacity[v * D + d])
  return cost + m.vFixed[v] + w.tw * warp + w.load * excess
}

export function naiveTotal(m: Model, routes: number[][], w: Weights): number {
  return routes.reduce((s, r, v) => s + naiveRouteCost(m, v, r, w), 0)
}
