import { KIND_DELIVERY, KIND_PICKUP, type Model } from "./model"
import { Seg, setTask } from "./segment"

/**
 * The walk's forced tail (the request placed, no ejection left: every later stop kept) runs as a
 * loop on local variables instead of one recursive call and one `push` per stop: the same
 * arithmetic in the same order, the same budget spent per stop, the same plans.
 */
const TAIL_LOOP = true

/** A way to fit a request into a route: where it goes and which requests leave. */
export interface EjectionPlan {
  route: number
  /** Penalty-counter sum of the ejected requests (the quantity minimised). */
  psum: number
  /** Travel-cost change of the route (tie-break). */
  cost: number
  /** Requests (job or pickup task) taken out. */
  ejected: number[]
  /** The new task list of the route. */
  tasks: number[]
}

/**
 * k-ejection (Nagata & Bräysy 2009, "A powerful route minimization heuristic for the VRPTW";
 * for shipments Nagata & Kobayashi 2010, guided ejection search): put a request into a route
 * and take out at most k others so that the route becomes feasible, minimising the sum of the
 * ejected requests' penalty counters (how often each could not be placed). A depth-first walk
 * along the route decides keep / eject for each stop and where the new request goes; a prefix
 * that already has time warp or excess load is abandoned (both only grow as a route extends).
 */
export class Ejector {
  private readonly m: Model
  private readonly D: number
  // each task alone as a segment (hull of its windows), flat: see setTask
  private readonly nLoc: Int32Array
  private readonly nDur: Float64Array
  private readonly nEarly: Float64Array
  private readonly nLate: Float64Array
  private readonly nDel: Float64Array
  private readonly nPick: Float64Array
  private readonly nPeak: Float64Array
  // prefix segments by depth of the walk, flat (the walk spends most of its time concatenating:
  // flat arrays and inlined arithmetic, the same operations in the same order as `concat`)
  private sLast = new Int32Array(0)
  private sDur = new Float64Array(0)
  private sTw = new Float64Array(0)
  private sEarly = new Float64Array(0)
  private sLate = new Float64Array(0)
  private sCost = new Float64Array(0)
  private sDel = new Float64Array(0)
  private sPick = new Float64Array(0)
  private sPeak = new Float64Array(0)
  private readonly cap: Float64Array
  private size = 0
  private time: Float64Array = new Float64Array(0)
  private cost: Float64Array = new Float64Array(0)
  private route: number[] = []
  private v = 0
  private r = 0
  private isPair = false
  private counters: Float64Array = new Float64Array(0)
  private maxK = 0
  private baseCost = 0
  private best: EjectionPlan | null = null
  private bestPsum = Infinity
  private bestCost = Infinity
  private readonly ejectedMark: Uint8Array
  private readonly ejectedList: number[] = []
  /** Output order being built (tasks kept or inserted). */
  private readonly seq: number[] = []
  private budget = 0
  /**
   * Exactly maxK ejections wanted (a pass after the smaller k's, whose best plan is the bound): a
   * subtree is cut when even the smallest counters left in the route cannot bring its sum under
   * the best so far. sufMin[q * 4 + j]: the sum of the j smallest counters of the requests (jobs,
   * pickups) at positions >= q, Infinity when there are fewer than j.
   */
  private exact = false
  private sufMin = new Float64Array(0)
  /** Walk nodes visited (all fits), for measurements. */
  nodes = 0

  constructor(m: Model) {
    this.m = m
    const D = m.dims
    this.D = D
    const N = m.nTasks
    this.nLoc = new Int32Array(N)
    this.nDur = new Float64Array(N)
    this.nEarly = new Float64Array(N)
    this.nLate = new Float64Array(N)
    this.nDel = new Float64Array(N * D)
    this.nPick = new Float64Array(N * D)
    this.nPeak = new Float64Array(N * D)
    const seg = new Seg(D)
    for (let t = 0; t < N; t++) {
      setTask(seg, m, t)
      this.nLoc[t] = seg.first
      this.nDur[t] = seg.dur
      this.nEarly[t] = seg.early
      this.nLate[t] = seg.late
      for (let d = 0; d < D; d++) {
        this.nDel[t * D + d] = seg.del[d]
        this.nPick[t * D + d] = seg.pick[d]
        this.nPeak[t * D + d] = seg.peak[d]
      }
    }
    this.cap = new Float64Array(D)
    this.ejectedMark = new Uint8Array(N)
  }

  /**
   * Best plan for request r (a job, or a shipment's pickup) in route v with `tasks`, ejecting at
   * most maxK requests; only plans with psum below `bound` count. Explores at most `budget` nodes.
   * With `exact`, only plans with exactly maxK ejections are looked for (see `exact` above; maxK <= 3).
   */
  fit(r: number, v: number, tasks: number[], counters: Float64Array, maxK: number, bound: number, routeCost: number, budget = 20000, exact = false): EjectionPlan | null {
    const m = this.m
    const D = this.D
    this.exact = exact && maxK <= 3
    if (this.exact) {
      // suffix sums of the j smallest counters (j <= 3), from the end of the route
      const len = tasks.length
      if (this.sufMin.length < (len + 1) * 4) this.sufMin = new Float64Array(Math.max((len + 1) * 4, 2 * this.sufMin.length))
      const sm = this.sufMin
      let a = Infinity
      let b = Infinity
      let c = Infinity
      sm[len * 4] = 0
      sm[len * 4 + 1] = sm[len * 4 + 2] = sm[len * 4 + 3] = Infinity
      for (let q = len - 1; q >= 0; q--) {
        const t = tasks[q]
        if (m.taskKind[t] !== KIND_DELIVERY) {
          const x = counters[t]
          if (x < a) {
            c = b
            b = a
            a = x
          } else if (x < b) {
            c = b
            b = x
          } else if (x < c) c = x
        }
        sm[q * 4] = 0
        sm[q * 4 + 1] = a
        sm[q * 4 + 2] = a + b
        sm[q * 4 + 3] = a + b + c
      }
      if (!(sm[maxK] < bound)) return null
    }
    const budget0 = budget
    this.route = tasks
    this.v = v
    this.r = r
    this.isPair = m.taskKind[r] === KIND_PICKUP
    this.counters = counters
    this.maxK = maxK
    this.baseCost = routeCost
    this.best = null
    this.bestPsum = bound
    this.bestCost = Infinity
    this.budget = budget
    const depth = tasks.length + 4
    if (this.sDur.length < depth) {
      const n = Math.max(depth, 2 * this.sDur.length)
      this.sLast = new Int32Array(n)
      this.sDur = new Float64Array(n)
      this.sTw = new Float64Array(n)
      this.sEarly = new Float64Array(n)
      this.sLate = new Float64Array(n)
      this.sCost = new Float64Array(n)
      this.sDel = new Float64Array(n * D)
      this.sPick = new Float64Array(n * D)
      this.sPeak = new Float64Array(n * D)
    }
    const tr = m.travels[m.vTravel[v]]
    this.size = tr.size
    this.time = tr.time
    this.cost = tr.cost
    for (let d = 0; d < D; d++) this.cap[d] = m.vCapacity[v * D + d]
    // the start depot (see setDepot)
    this.sLast[0] = m.vStart[v]
    this.sDur[0] = 0
    this.sTw[0] = 0
    this.sEarly[0] = m.vTwStart[v]
    this.sLate[0] = m.vTwEnd[v]
    this.sCost[0] = 0
    for (let d = 0; d < D; d++) this.sDel[d] = this.sPick[d] = this.sPeak[d] = 0
    this.seq.length = 0
    this.ejectedList.length = 0
    this.walk(0, 0, 0, 0, 0)
    this.nodes += budget0 - Math.max(0, this.budget)
    return this.best
  }

  /**
   * Stack level depth + 1 = level depth then task t (`concat` with t's segment, the same
   * arithmetic); true when it has neither time warp nor excess load.
   */
  private push(depth: number, t: number): boolean {
    const a = depth
    const o = depth + 1
    const aLast = this.sLast[a]
    const bFirst = this.nLoc[t]
    let tt = 0
    let c = 0
    if (aLast >= 0 && bFirst >= 0) {
      const k = aLast * this.size + bFirst
      tt = this.time[k]
      c = this.cost[k]
    }
    const aDur = this.sDur[a]
    const aTw = this.sTw[a]
    const aEarly = this.sEarly[a]
    const aLate = this.sLate[a]
    const bEarly = this.nEarly[t]
    const bLate = this.nLate[t]
    const delta = aDur - aTw + tt
    const wait = bEarly - delta - aLate
    const dWait = wait > 0 ? wait : 0
    const warp = aEarly + delta - bLate
    const dWarp = warp > 0 ? warp : 0
    const early = bEarly - delta > aEarly ? bEarly - delta : aEarly
    const late = bLate - delta < aLate ? bLate - delta : aLate
    const tw = aTw + 0 + dWarp
    this.sLast[o] = bFirst
    this.sDur[o] = aDur + this.nDur[t] + tt + dWait
    this.sTw[o] = tw
    this.sEarly[o] = early - dWait
    this.sLate[o] = late + dWarp
    this.sCost[o] = this.sCost[a] + 0 + c
    const D = this.D
    let x = 0
    for (let d = 0; d < D; d++) {
      const ad = a * D + d
      const bd = t * D + d
      const p1 = this.sPeak[ad] + this.nDel[bd]
      const p2 = this.sPick[ad] + this.nPeak[bd]
      const peak = p1 > p2 ? p1 : p2
      this.sPick[o * D + d] = this.sPick[ad] + this.nPick[bd]
      this.sDel[o * D + d] = this.sDel[ad] + this.nDel[bd]
      this.sPeak[o * D + d] = peak
      const over = peak - this.cap[d]
      if (over > 1e-9) x += over
    }
    return tw <= 1e-9 && x <= 1e-9
  }

  /**
   * q: stops of the route handled so far; depth: stack level; placed: 0 nothing yet, 1 pickup
   * (or job) placed, 2 all placed; k ejections so far with penalty sum psum.
   */
  private walk(q: number, depth: number, placed: number, k: number, psum: number): void {
    const need = this.isPair ? 2 : 1
    if (TAIL_LOOP && k === this.maxK && placed === need) {
      this.tail(q, depth, psum)
      return
    }
    if (--this.budget < 0) return
    if (this.exact && k < this.maxK) {
      // the cheapest ejections still possible: p is the least sum a plan below this node can have
      const p = psum + this.sufMin[q * 4 + this.maxK - k]
      if (!(p < this.bestPsum || (p === this.bestPsum && this.best !== null))) return
    }
    const m = this.m
    // place the new request (or its next side) before stop q+1
    if (placed < need) {
      const t = placed === 0 ? this.r : m.taskSibling[this.r]
      if (this.push(depth, t)) {
        this.seq.push(t)
        this.walk(q, depth + 1, placed + 1, k, psum)
        this.seq.pop()
      }
    }
    if (q === this.route.length) {
      if (placed === need) this.finish(depth, psum)
      return
    }
    const t = this.route[q]
    // the delivery of an ejected pickup leaves with it
    if (m.taskKind[t] === KIND_DELIVERY && this.ejectedMark[m.taskSibling[t]]) {
      this.walk(q + 1, depth, placed, k, psum)
      return
    }
    // keep t
    if (this.push(depth, t)) {
      this.seq.push(t)
      this.walk(q + 1, depth + 1, placed, k, psum)
      this.seq.pop()
    }
    // eject t (a job or a pickup; a delivery goes with its pickup)
    if (k < this.maxK && m.taskKind[t] !== KIND_DELIVERY) {
      const p = psum + this.counters[t]
      if (p < this.bestPsum || (p === this.bestPsum && this.best !== null)) {
        this.ejectedMark[t] = 1
        this.ejectedList.push(t)
        this.walk(q + 1, depth, placed, k + 1, p)
        this.ejectedList.pop()
        this.ejectedMark[t] = 0
      }
    }
  }

  /**
   * walk(q, depth, placed = all, k = maxK, psum) without the recursion: each later stop kept in turn
   * (one unit of budget per stop, as walk's calls), `push`'s arithmetic on local variables, the
   * last prefix written to level `depth'` only for `finish`.
   */
  private tail(q: number, depth: number, psum: number): void {
    const m = this.m
    const route = this.route
    const len = route.length
    const D = this.D
    const { time, cost, size, nLoc, nDur, nEarly, nLate, nDel, nPick, nPeak, cap, ejectedMark } = this
    const kind = m.taskKind
    const sibling = m.taskSibling
    const q0 = q
    let budget = this.budget
    // level `depth`, as push reads it
    let aLast = this.sLast[depth]
    let aDur = this.sDur[depth]
    let aTw = this.sTw[depth]
    let aEarly = this.sEarly[depth]
    let aLate = this.sLate[depth]
    let aCost = this.sCost[depth]
    const o = depth + 1
    // loads: one dimension in local variables; otherwise level `depth` copied to level depth + 1 and updated there in place
    const sPick = this.sPick
    const sDel = this.sDel
    const sPeak = this.sPeak
    let pick1 = 0
    let del1 = 0
    let peak1 = 0
    const cap1 = D === 1 ? cap[0] : 0
    if (D === 1) {
      pick1 = sPick[depth]
      del1 = sDel[depth]
      peak1 = sPeak[depth]
    } else {
      for (let d = 0; d < D; d++) {
        sPick[o * D + d] = sPick[depth * D + d]
        sDel[o * D + d] = sDel[depth * D + d]
        sPeak[o * D + d] = sPeak[depth * D + d]
      }
    }
    let ok = true
    let kept = 0
    for (;;) {
      if (--budget < 0) {
        ok = false
        break
      }
      if (q === len) break
      const t = route[q]
      q++
      if (kind[t] === KIND_DELIVERY && ejectedMark[sibling[t]]) continue
      const bFirst = nLoc[t]
      let tt = 0
      let c = 0
      if (aLast >= 0 && bFirst >= 0) {
        const kk = aLast * size + bFirst
        tt = time[kk]
        c = cost[kk]
      }
      const bEarly = nEarly[t]
      const bLate = nLate[t]
      const delta = aDur - aTw + tt
      const wait = bEarly - delta - aLate
      const dWait = wait > 0 ? wait : 0
      const warp = aEarly + delta - bLate
      const dWarp = warp > 0 ? warp : 0
      const early = bEarly - delta > aEarly ? bEarly - delta : aEarly
      const late = bLate - delta < aLate ? bLate - delta : aLate
      const tw = aTw + 0 + dWarp
      aLast = bFirst
      aDur = aDur + nDur[t] + tt + dWait
      aTw = tw
      aEarly = early - dWait
      aLate = late + dWarp
      aCost = aCost + 0 + c
      let x = 0
      if (D === 1) {
        const p1 = peak1 + nDel[t]
        const p2 = pick1 + nPeak[t]
        const peak = p1 > p2 ? p1 : p2
        pick1 = pick1 + nPick[t]
        del1 = del1 + nDel[t]
        peak1 = peak
        const over = peak - cap1
        if (over > 1e-9) x += over
      } else {
        for (let d = 0; d < D; d++) {
          const od = o * D + d
          const bd = t * D + d
          const p1 = sPeak[od] + nDel[bd]
          const p2 = sPick[od] + nPeak[bd]
          const peak = p1 > p2 ? p1 : p2
          sPick[od] = sPick[od] + nPick[bd]
          sDel[od] = sDel[od] + nDel[bd]
          sPeak[od] = peak
          const over = peak - cap[d]
          if (over > 1e-9) x += over
        }
      }
      if (!(tw <= 1e-9 && x <= 1e-9)) {
        ok = false
        break
      }
      kept++
    }
    this.budget = budget
    if (!ok) return
    if (kept === 0) {
      this.finish(depth, psum)
      return
    }
    this.sLast[o] = aLast
    this.sDur[o] = aDur
    this.sTw[o] = aTw
    this.sEarly[o] = aEarly
    this.sLate[o] = aLate
    this.sCost[o] = aCost
    if (D === 1) {
      sPick[o] = pick1
      sDel[o] = del1
      sPeak[o] = peak1
    }
    // the kept stops, for the plan
    const seq = this.seq
    const base = seq.length
    for (let i = q0; i < len; i++) {
      const t = route[i]
      if (!(kind[t] === KIND_DELIVERY && ejectedMark[sibling[t]])) seq.push(t)
    }
    this.finish(o, psum)
    seq.length = base
  }

  /** The walk's prefix at `depth` closed by the end depot (`concat` with setDepot's segment, the same arithmetic). */
  private finish(depth: number, psum: number): void {
    const m = this.m
    const v = this.v
    const a = depth
    const aLast = this.sLast[a]
    const bFirst = m.vEnd[v]
    let tt = 0
    let c = 0
    if (aLast >= 0 && bFirst >= 0) {
      const k = aLast * this.size + bFirst
      tt = this.time[k]
      c = this.cost[k]
    }
    const aTw = this.sTw[a]
    const delta = this.sDur[a] - aTw + tt
    const warp = this.sEarly[a] + delta - m.vTwEnd[v]
    const dWarp = warp > 0 ? warp : 0
    if (aTw + 0 + dWarp > 1e-9) return
    // the end depot adds no load: the peak stays the prefix's
    const D = this.D
    let x = 0
    for (let d = 0; d < D; d++) {
      const p1 = this.sPeak[a * D + d] + 0
      const p2 = this.sPick[a * D + d] + 0
      const over = (p1 > p2 ? p1 : p2) - this.cap[d]
      if (over > 1e-9) x += over
    }
    if (x > 1e-9) return
    if (this.seq.length > m.vMaxTasks[v]) return
    const cost = this.sCost[a] + 0 + c - this.baseCost
    if (psum > this.bestPsum || (psum === this.bestPsum && cost >= this.bestCost)) return
    this.bestPsum = psum
    this.bestCost = cost
    this.best = { route: v, psum, cost, ejected: this.ejectedList.slice(), tasks: this.seq.slice() }
  }
}
