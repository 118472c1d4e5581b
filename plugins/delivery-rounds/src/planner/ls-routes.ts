import { KIND_DELIVERY, KIND_PICKUP, type Model, type Travel } from "./model"
import { concat, excessLoad, Seg, setDepot, setTask } from "./segment"

/** Shortest chain (b - a) and longest route whose chains are stored (see LsRoutes.fold). */
const FOLD_MIN = 2
const FOLD_MAX = 250

/** Weights of the penalised objective: cost + tw · time warp + load · excess load. */
export interface Weights {
  tw: number
  load: number
}

/**
 * Routes as the local search sees them: task lists plus, for every position, the segment of
 * the route up to it (`fwd`) and from it to the end depot (`bwd`), so a move that cuts a route
 * into prefix / middle / suffix is costed in O(1) per junction. Position 0 is the start depot,
 * 1..len the tasks, len + 1 the end depot.
 */
export class LsRoutes {
  readonly m: Model
  readonly D: number
  readonly tasks: Int32Array[]
  readonly len: Int32Array
  readonly routeOf: Int32Array
  readonly posOf: Int32Array
  /** fwd[v][p]: start depot .. position p. */
  readonly fwd: Seg[][]
  /** bwd[v][p]: position p .. end depot. */
  readonly bwd: Seg[][]
  /** open[v][p]: shipments picked up at or before p and delivered after p (a cut there splits them). */
  readonly open: Int32Array[]
  /** locs[v][p]: location at position p (start depot, tasks, end depot). */
  readonly locs: Int32Array[]
  /** Penalised cost of each route under `w`. */
  readonly pen: Float64Array
  readonly tw: Float64Array
  readonly excess: Float64Array
  /** Move counter value when each route last changed. */
  readonly modified: Float64Array
  /** Vehicles whose tails (suffix segments, end depot included) can be swapped with no recomputation. */
  readonly tailClass: Int32Array
  /** Each task alone as a segment (fixed for the whole search). */
  readonly node: Seg[]
  /** A segment with nothing in it. */
  readonly none: Seg
  private readonly trav: Travel[]
  w: Weights = { tw: 1, load: 1 }
  moves = 1
  /** Bumped whenever a route's segments or the weights change: values cached against it stay exact. */
  version = 0
  private readonly tmp: Seg
  /**
   * Chains of a route's own tasks (`between`), kept per route and first position: the same
   * left-to-right concatenations `chain` does, stored as they are made, so that a chain from the
   * same first position to the same or a later one costs a copy (plus the concatenations beyond
   * what was stored). On long routes intra-route relocations ask for many chains that share their
   * first position (Li & Lim LR2_2_8: 90% of their concatenations). Entry a * W + b: tasks a..b.
   */
  private readonly foldW: Int32Array
  /** Bumped by refresh: the rows of route v are valid while foldRowRev[v][a] === foldRev[v]. */
  private readonly foldRev: Int32Array
  private readonly foldRowRev: Int32Array[]
  private readonly foldReach: Int32Array[]
  /** dur, tw, early, late, cost, then del, pick, peak per dimension, per entry. */
  private readonly foldNum: Float64Array[]
  /** first, last location per entry. */
  private readonly foldLoc: Int32Array[]

  constructor(m: Model) {
    this.m = m
    this.D = m.dims
    const V = m.nVehicles
    const cap = m.nTasks + 2
    this.tasks = Array.from({ length: V }, () => new Int32Array(cap))
    this.len = new Int32Array(V)
    this.routeOf = new Int32Array(m.nTasks).fill(-1)
    this.posOf = new Int32Array(m.nTasks)
    this.fwd = Array.from({ length: V }, () => [])
    this.bwd = Array.from({ length: V }, () => [])
    this.open = Array.from({ length: V }, () => new Int32Array(cap))
    this.locs = Array.from({ length: V }, () => new Int32Array(cap))
    this.pen = new Float64Array(V)
    this.tw = new Float64Array(V)
    this.excess = new Float64Array(V)
    this.modified = new Float64Array(V)
    this.tailClass = new Int32Array(V)
    const keys = new Map<string, number>()
    for (let v = 0; v < V; v++) {
      const key = `${m.vTravel[v]}|${m.vEnd[v]}|${m.vTwStart[v]}|${m.vTwEnd[v]}`
      if (!keys.has(key)) keys.set(key, keys.size)
      this.tailClass[v] = keys.get(key)!
    }
    this.tmp = new Seg(m.dims)
    this.foldW = new Int32Array(V)
    this.foldRev = new Int32Array(V)
    this.foldRowRev = Array.from({ length: V }, () => new Int32Array(0))
    this.foldReach = Array.from({ length: V }, () => new Int32Array(0))
    this.foldNum = Array.from({ length: V }, () => new Float64Array(0))
    this.foldLoc = Array.from({ length: V }, () => new Int32Array(0))
    this.node = Array.from({ length: m.nTasks }, (_, t) => setTask(new Seg(m.dims), m, t))
    this.none = new Seg(m.dims)
    this.trav = Array.from({ length: V }, (_, v) => m.travels[m.vTravel[v]])
    for (let v = 0; v < V; v++) this.refresh(v)
  }

  travel(v: number): Travel {
    return this.trav[v]
  }

  /** A fresh segment register. */
  seg(): Seg {
    return new Seg(this.D)
  }

  /** Replaces route v's tasks and recomputes its caches. */
  load(v: number, tasks: ArrayLike<number>): void {
    const r = this.tasks[v]
    for (let k = 0; k < tasks.length; k++) r[k] = tasks[k]
    this.len[v] = tasks.length
    this.refresh(v)
  }

  /** Recomputes route v's positions, segments and penalty after its task list changed. */
  refresh(v: number): void {
    const m = this.m
    const r = this.tasks[v]
    const len = this.len[v]
    const tr = this.travel(v)
    const fwd = this.fwd[v]
    const bwd = this.bwd[v]
    while (fwd.length < len + 2) {
      fwd.push(new Seg(this.D))
      bwd.push(new Seg(this.D))
    }
    const node = this.node
    setDepot(fwd[0], m, v, false)
    for (let p = 1; p <= len; p++) {
      const t = r[p - 1]
      this.routeOf[t] = v
      this.posOf[t] = p
      concat(fwd[p], fwd[p - 1], node[t], tr)
    }
    setDepot(bwd[len + 1], m, v, true)
    concat(fwd[len + 1], fwd[len], bwd[len + 1], tr)
    for (let p = len; p >= 1; p--) concat(bwd[p], bwd[p].copy(node[r[p - 1]]), bwd[p + 1], tr)
    bwd[0].copy(fwd[len + 1])
    const locs = this.locs[v]
    locs[0] = m.vStart[v]
    for (let p = 1; p <= len; p++) locs[p] = m.taskLoc[r[p - 1]]
    locs[len + 1] = m.vEnd[v]
    // shipments open across each cut
    const open = this.open[v]
    let o = 0
    open[0] = 0
    for (let p = 1; p <= len; p++) {
      const k = m.taskKind[r[p - 1]]
      if (k === KIND_PICKUP) o++
      else if (k === KIND_DELIVERY) o--
      open[p] = o
    }
    this.modified[v] = this.moves
    this.version++
    this.foldRev[v]++
    this.score(v)
  }

  /** Recomputes the penalised cost of route v from its full segment. */
  score(v: number): void {
    const full = this.fwd[v][this.len[v] + 1]
    if (this.len[v] === 0) {
      this.pen[v] = this.tw[v] = this.excess[v] = 0
      return
    }
    this.tw[v] = full.tw
    this.excess[v] = excessLoad(full, this.m, v)
    this.pen[v] = this.penalty(full, v)
  }

  /** Penalised cost of a whole route of vehicle v given as one segment (depots included). */
  penalty(full: Seg, v: number): number {
    return full.cost + this.m.vFixed[v] + this.w.tw * full.tw + this.w.load * excessLoad(full, this.m, v)
  }

  /** Penalised cost of vehicle v's route that is `full`, or 0 when it serves nothing. */
  routeCost(full: Seg, v: number, empty: boolean): number {
    return empty ? 0 : this.penalty(full, v)
  }

  /**
   * Tasks at positions a..b of route src (a > b: empty), travelling with vehicle dst's matrix:
   * `out`, or a shared segment when no work is needed (read it, never write it).
   */
  between(out: Seg, src: number, a: number, b: number, dst: number): Seg {
    return this.chain(out, src, a, b, dst, 1)
  }

  /** Tasks a..b of route src in reverse order, with vehicle dst's matrix (see `between`). */
  reversed(out: Seg, src: number, a: number, b: number, dst: number): Seg {
    return this.chain(out, src, a, b, dst, -1)
  }

  /** Tasks a..b of route src, in order (step 1) or reversed (step -1): see `between`. */
  private chain(out: Seg, src: number, a: number, b: number, dst: number, step: 1 | -1): Seg {
    if (a > b) return this.none
    const r = this.tasks[src]
    if (a === b) return this.node[r[a - 1]]
    const tr = this.travel(dst)
    if (step > 0 && b - a >= FOLD_MIN && this.len[src] <= FOLD_MAX && tr === this.trav[src]) return this.fold(out, src, a, b)
    const node = this.node
    let p = step > 0 ? a : b
    out.copy(node[r[p - 1]])
    for (let k = b - a; k > 0; k--) {
      p += step
      concat(out, out, node[r[p - 1]], tr)
    }
    return out
  }

  /** Tasks a..b (a < b) of route src with its own matrix, as `chain` makes them, through the stored rows. */
  private fold(out: Seg, src: number, a: number, b: number): Seg {
    const D = this.D
    const F = 5 + 3 * D
    let W = this.foldW[src]
    if (W < this.len[src] + 1) {
      W = Math.min(FOLD_MAX + 1, Math.max(this.len[src] + 1, 2 * W))
      this.foldW[src] = W
      this.foldRowRev[src] = new Int32Array(W).fill(-1)
      this.foldReach[src] = new Int32Array(W)
      this.foldNum[src] = new Float64Array(W * W * F)
      this.foldLoc[src] = new Int32Array(W * W * 2)
    }
    const rowRev = this.foldRowRev[src]
    const reach = this.foldReach[src]
    const num = this.foldNum[src]
    const loc = this.foldLoc[src]
    const rev = this.foldRev[src]
    const r = this.tasks[src]
    const node = this.node
    let p: number
    if (rowRev[a] !== rev) {
      rowRev[a] = rev
      out.copy(node[r[a - 1]])
      p = a
    } else {
      p = reach[a] < b ? reach[a] : b
      const e = a * W + p
      let k = e * F
      out.empty = false
      out.first = loc[2 * e]
      out.last = loc[2 * e + 1]
      out.dur = num[k++]
      out.tw = num[k++]
      out.early = num[k++]
      out.late = num[k++]
      out.cost = num[k++]
      for (let d = 0; d < D; d++) out.del[d] = num[k++]
      for (let d = 0; d < D; d++) out.pick[d] = num[k++]
      for (let d = 0; d < D; d++) out.peak[d] = num[k++]
      if (p === b) return out
    }
    const tr = this.trav[src]
    while (p < b) {
      p++
      concat(out, out, node[r[p - 1]], tr)
      const e = a * W + p
      let k = e * F
      loc[2 * e] = out.first
      loc[2 * e + 1] = out.last
      num[k++] = out.dur
      num[k++] = out.tw
      num[k++] = out.early
      num[k++] = out.late
      num[k++] = out.cost
      for (let d = 0; d < D; d++) num[k++] = out.del[d]
      for (let d = 0; d < D; d++) num[k++] = out.pick[d]
      for (let d = 0; d < D; d++) num[k++] = out.peak[d]
    }
    reach[a] = b
    return out
  }

  /** Tasks from position p of route src to its end, then vehicle dst's end depot (see `between`). */
  tail(out: Seg, src: number, p: number, dst: number): Seg {
    if (this.tailClass[src] === this.tailClass[dst]) return this.bwd[src][p]
    const body = this.between(out, src, p, this.len[src], dst)
    setDepot(this.tmp, this.m, dst, true)
    if (body.empty) return out.copy(this.tmp)
    return concat(out, body, this.tmp, this.travel(dst))
  }

  /** out = vehicle v's start depot, then tasks 1..p of route src (src's own prefix when v = src). */
  head(out: Seg, src: number, p: number, v: number): Seg {
    if (src === v) return out.copy(this.fwd[v][p])
    const tr = this.travel(v)
    setDepot(out, this.m, v, false)
    const r = this.tasks[src]
    for (let k = 1; k <= p; k++) concat(out, out, this.node[r[k - 1]], tr)
    return out
  }

  /** Location at position p of route r (start depot, tasks, end depot; -1 for an open side). */
  loc(r: number, p: number): number {
    return this.locs[r][p]
  }

  /** Travel cost from location a to b for vehicle r (nothing to or from an open side). */
  arc(r: number, a: number, b: number): number {
    if (a < 0 || b < 0) return 0
    const tr = this.trav[r]
    return tr.cost[a * tr.size + b]
  }

  /** Travel cost inside the chain at positions a..b of route src (reversed if asked), priced for vehicle dst. */
  chainCost(src: number, a: number, b: number, rev: boolean, dst: number): number {
    let c = 0
    for (let p = a; p < b; p++) {
      const x = this.loc(src, p)
      const y = this.loc(src, p + 1)
      c += rev ? this.arc(dst, y, x) : this.arc(dst, x, y)
    }
    return c
  }

  /** Route r has neither time warp nor excess load: its penalised cost cannot drop below its travel cost. */
  clean(r: number): boolean {
    return this.tw[r] <= 1e-9 && this.excess[r] <= 1e-12
  }

  /** Whether vehicles a and b price travel alike. */
  sameTravel(a: number, b: number): boolean {
    return this.m.vTravel[a] === this.m.vTravel[b]
  }

  /** Route v's task list as a plain array. */
  list(v: number): number[] {
    return Array.from(this.tasks[v].subarray(0, this.len[v]))
  }

  totalTw(): number {
    let s = 0
    for (let v = 0; v < this.m.nVehicles; v++) s += this.tw[v]
    return s
  }

  totalExcess(): number {
    let s = 0
    for (let v = 0; v < this.m.nVehicles; v++) s += this.excess[v]
    return s
  }

  /** True when no route has time warp or excess load (windows taken as their hull). */
  feasible(): boolean {
    for (let v = 0; v < this.m.nVehicles; v++) if (this.tw[v] > 1e-7 || this.excess[v] > 1e-9) return false
    return true
  }

  /** Re-scores every route under new weights. */
  setWeights(w: Weights): void {
    this.w = w
    this.version++
    for (let v = 0; v < this.m.nVehicles; v++) this.score(v)
  }
}
