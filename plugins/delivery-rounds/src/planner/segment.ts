import type { Model, Travel } from "./model"

/**
 * Segment data of a stretch of a route (Vidal et al. 2013, "A hybrid genetic algorithm with
 * adaptive diversity management", §4): enough to know the duration, time warp and loads of
 * any concatenation of stretches in O(1), feasible or not. A route is prefix + middle + suffix,
 * so every move is evaluated by two or three concatenations.
 *
 * Time: `dur` (travel + service + waiting), `tw` (time warp: how far we would have to travel
 * back in time to meet every window), `early`/`late` (window of the first service start that
 * gives that duration and warp). Several windows of a task are approximated by their hull here;
 * routes are re-checked exactly before a solution is kept (see LocalSearch.exactFeasible).
 *
 * Load, per dimension: `del` (job deliveries, on board from the route start), `pick` (job
 * pickups and shipment amounts: + at the pickup, − at the delivery), `peak` (highest load
 * inside the stretch counted from its own content). Concatenation: peak = max(a.peak + b.del,
 * a.pick + b.peak).
 */
export class Seg {
  empty = true
  first = -1
  last = -1
  dur = 0
  tw = 0
  early = 0
  late = Infinity
  cost = 0
  readonly del: Float64Array
  readonly pick: Float64Array
  readonly peak: Float64Array

  constructor(dims: number) {
    this.del = new Float64Array(dims)
    this.pick = new Float64Array(dims)
    this.peak = new Float64Array(dims)
  }

  copy(o: Seg): this {
    this.empty = o.empty
    this.first = o.first
    this.last = o.last
    this.dur = o.dur
    this.tw = o.tw
    this.early = o.early
    this.late = o.late
    this.cost = o.cost
    const D = this.del.length
    for (let d = 0; d < D; d++) {
      this.del[d] = o.del[d]
      this.pick[d] = o.pick[d]
      this.peak[d] = o.peak[d]
    }
    return this
  }

  clear(): this {
    this.empty = true
    return this
  }
}

/** One task as a segment (hull of its windows). */
export function setTask(s: Seg, m: Model, t: number): Seg {
  const loc = m.taskLoc[t]
  s.empty = false
  s.first = s.last = loc
  s.dur = m.taskService[t]
  s.tw = 0
  s.early = m.twStart[m.twOff[t]]
  s.late = m.twEnd[m.twOff[t + 1] - 1]
  s.cost = 0
  const D = s.del.length
  for (let d = 0; d < D; d++) {
    const del = m.taskStartLoad[t * D + d]
    const pick = m.taskAdd[t * D + d] - m.taskRemove[t * D + d] + del
    s.del[d] = del
    s.pick[d] = pick
    s.peak[d] = del > pick ? del : pick
  }
  return s
}

/** The start (or end) of vehicle v as a zero-length segment; -1 location for an open side. */
export function setDepot(s: Seg, m: Model, v: number, end: boolean): Seg {
  s.empty = false
  s.first = s.last = end ? m.vEnd[v] : m.vStart[v]
  s.dur = 0
  s.tw = 0
  s.early = m.vTwStart[v]
  s.late = m.vTwEnd[v]
  s.cost = 0
  s.del.fill(0)
  s.pick.fill(0)
  s.peak.fill(0)
  return s
}

/**
 * out = a then b, travelling with `tr`. `out` may be `a` (in-place append) but not `b`.
 * An empty side leaves the other unchanged.
 */
export function concat(out: Seg, a: Seg, b: Seg, tr: Travel): Seg {
  if (b.empty) return out === a ? out : out.copy(a)
  if (a.empty) return out.copy(b)
  let t = 0
  let c = 0
  if (a.last >= 0 && b.first >= 0) {
    const k = a.last * tr.size + b.first
    t = tr.time[k]
    c = tr.cost[k]
  }
  const delta = a.dur - a.tw + t
  const wait = b.early - delta - a.late
  const dWait = wait > 0 ? wait : 0
  const warp = a.early + delta - b.late
  const dWarp = warp > 0 ? warp : 0
  const early = b.early - delta > a.early ? b.early - delta : a.early
  const late = b.late - delta < a.late ? b.late - delta : a.late
  out.first = a.first
  out.last = b.last
  out.dur = a.dur + b.dur + t + dWait
  out.tw = a.tw + b.tw + dWarp
  out.early = early - dWait
  out.late = late + dWarp
  out.cost = a.cost + b.cost + c
  out.empty = false
  const D = out.del.length
  if (D === 1) {
    // the common case, without the loop
    const p1 = a.peak[0] + b.del[0]
    const p2 = a.pick[0] + b.peak[0]
    out.pick[0] = a.pick[0] + b.pick[0]
    out.del[0] = a.del[0] + b.del[0]
    out.peak[0] = p1 > p2 ? p1 : p2
    return out
  }
  for (let d = 0; d < D; d++) {
    const p1 = a.peak[d] + b.del[d]
    const p2 = a.pick[d] + b.peak[d]
    const del = a.del[d] + b.del[d]
    out.pick[d] = a.pick[d] + b.pick[d]
    out.del[d] = del
    out.peak[d] = p1 > p2 ? p1 : p2
  }
  return out
}

/** Load above vehicle v's capacity, summed over dimensions. */
export function excessLoad(s: Seg, m: Model, v: number): number {
  const D = s.peak.length
  let x = 0
  for (let d = 0; d < D; d++) {
    const over = s.peak[d] - m.vCapacity[v * D + d]
    if (over > 1e-9) x += over
  }
  return x
}
