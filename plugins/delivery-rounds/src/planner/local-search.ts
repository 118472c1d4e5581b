import { KIND_DELIVERY, KIND_JOB, type Model } from "./model"
import { LsRoutes, type Weights } from "./ls-routes"
import { Moves } from "./ls-moves"
import { granularNeighbours } from "./neighbours"
import { shuffle } from "./rng"
import { SwapStar } from "./swap-star"

/** Neighbours per task in the granular neighbourhood (Vidal: 20–40). */
export const GRANULARITY = 30
const EPS = 1e-7

/**
 * Granular local search over all routes at once, on the penalised objective (cost + weighted
 * time warp and excess load): relocate of 1–3 tasks (also reversed), swap 1-1 / 2-1 / 2-2,
 * 2-opt* tail exchange, intra-route 2-opt and Or-opt, SWAP* between nearby routes, and shipment
 * pairs moved together. First improvement; a pair of tasks is only re-examined when one of
 * their routes changed since it was last looked at.
 */
export class LocalSearch {
  readonly m: Model
  readonly R: LsRoutes
  readonly mv: Moves
  readonly nb: Int32Array[]
  private readonly rand: () => number
  private readonly lastTested: Float64Array
  private readonly order: number[]
  private readonly swapStar: SwapStar
  /** Whether a task may open an empty route (one vehicle per class is tried). */
  openRoutes = true
  /** Only tasks of routes with time warp or excess load are moved (the squeeze: see squeeze.ts). */
  uncleanOnly = false
  /** The task whose relocation parts are cached (see prepare), and the move counter then. */
  private prepU = -1
  private prepMoves = -1
  private readonly remove = new Float64Array(4)
  private readonly revDiff = new Float64Array(4)
  private readonly chainLast = new Int32Array(4)
  /** Vehicle classes already tried by tryEmpty for the current task (stamped, no allocation per call). */
  private readonly classSeen: Int32Array
  private classStamp = 0

  constructor(m: Model, rand: () => number, granularity = GRANULARITY) {
    this.m = m
    this.R = new LsRoutes(m)
    this.mv = new Moves(this.R)
    this.nb = granularNeighbours(m, granularity)
    this.rand = rand
    this.lastTested = new Float64Array(m.nTasks)
    this.order = Array.from({ length: m.nTasks }, (_, t) => t)
    this.swapStar = new SwapStar(this.R, this.nb)
    this.classSeen = new Int32Array(m.nVehicles)
  }

  /** Loads a whole solution (unassigned tasks are simply absent). */
  loadAll(routes: ArrayLike<number>[]): void {
    this.R.routeOf.fill(-1)
    routes.forEach((r, v) => this.R.load(v, r))
  }

  setWeights(w: Weights): void {
    this.R.setWeights(w)
  }

  /** Marks the routes with time warp or excess load as changed, so that a focused run re-examines the pairs touching them. */
  markDirty(): void {
    const R = this.R
    R.moves++
    for (let v = 0; v < this.m.nVehicles; v++) if (R.len[v] > 0 && !R.clean(v)) R.modified[v] = R.moves
  }

  /**
   * Improves until no move helps (or `stop()` says so). With `focus`, only pairs that involve a
   * route changed since the last call are examined at first; returns the number of moves made.
   */
  run(stop: () => boolean, focus = false): number {
    const R = this.R
    const start = R.moves
    if (!focus) this.lastTested.fill(-1)
    shuffle(this.rand, this.order)
    let improved = true
    let pass = 0
    let checks = 0
    while (improved) {
      improved = false
      for (const u of this.order) {
        if (R.routeOf[u] < 0 || (this.uncleanOnly && R.clean(R.routeOf[u]))) continue
        const last = this.lastTested[u]
        this.lastTested[u] = R.moves
        const nb = this.nb[u]
        for (let k = 0; k < nb.length; k++) {
          const v = nb[k]
          const rv = R.routeOf[v]
          if (rv < 0) continue
          const ru = R.routeOf[u]
          if (R.modified[ru] <= last && R.modified[rv] <= last) continue
          if (this.tryPair(u, v)) improved = true
        }
        if (pass > 0 && this.openRoutes && this.tryEmpty(u)) improved = true
        if ((++checks & 7) === 0 && stop()) return R.moves - start
      }
      if (!this.uncleanOnly && this.swapStar.run()) improved = true
      pass++
      if (stop()) break
    }
    return R.moves - start
  }

  /** Tries the moves that bring task u next to its neighbour v; applies the first that helps. */
  private tryPair(u: number, v: number): boolean {
    const R = this.R
    const m = this.m
    const mv = this.mv
    const ru = R.routeOf[u]
    const rv = R.routeOf[v]
    const i = R.posOf[u]
    const j = R.posOf[v]
    const job = m.taskKind[u] === KIND_JOB
    // between clean routes that price travel alike, penalties can only add to a move's travel
    // change: the travel-only screens below reject exactly what each move's own prefilter would,
    // without its checks and set-up (most pairs have no improving move at all)
    const screen = mv.prefilter && R.clean(ru) && R.clean(rv) && R.sameTravel(ru, rv)
    if (screen) this.prepare(u)
    // u (and what follows it) after v, or u just before v
    for (let k = 1; k <= 3; k++) {
      if ((!screen || this.relocateTravel(k, false, rv, j) < -EPS) && mv.relocate(u, k, false, rv, j) < -EPS) return mv.applyRelocate(u, k, false, rv, j), true
      if (k > 1 && (!screen || this.relocateTravel(k, true, rv, j) < -EPS) && mv.relocate(u, k, true, rv, j) < -EPS) return mv.applyRelocate(u, k, true, rv, j), true
    }
    if ((!screen || this.relocateTravel(1, false, rv, j - 1) < -EPS) && mv.relocate(u, 1, false, rv, j - 1) < -EPS) return mv.applyRelocate(u, 1, false, rv, j - 1), true
    if (job && m.taskKind[v] === KIND_JOB) {
      const inter = ru !== rv
      const L1 = R.len[ru]
      const L2 = R.len[rv]
      for (let s = 0; s < 3; s++) {
        const k1 = s === 0 ? 1 : 2
        const k2 = s === 2 ? 2 : 1
        if (screen && inter && (i + k1 - 1 > L1 || j + k2 - 1 > L2 || mv.swapTravel(ru, i, k1, rv, j, k2) >= -EPS)) continue
        if (mv.swap(u, k1, v, k2) < -EPS) return mv.applySwap(u, k1, v, k2), true
      }
    }
    if (ru === rv) {
      // make u and v consecutive by reversing what lies between
      const a = i < j ? i + 1 : j + 1
      const b = i < j ? j : i
      if (mv.twoOpt(ru, a, b) < -EPS) return mv.applyTwoOpt(ru, a, b), true
      return false
    }
    for (let jj = j - 1; jj <= j; jj++) {
      if (screen && R.tailClass[ru] === R.tailClass[rv] && this.tailScreened(ru, i, rv, jj)) continue
      if (mv.twoOptStar(ru, i, rv, jj) < -EPS) return mv.applyTwoOptStar(ru, i, rv, jj), true
    }
    if (!job) {
      if (mv.pairInto(u, rv, j, m.taskKind[u] === KIND_DELIVERY) < -EPS) return mv.applyPairInto(u, rv), true
    }
    return false
  }

  /** Whether twoOptStar's own prefilter would reject the tail exchange (clean routes with alike tails). */
  private tailScreened(r1: number, i: number, r2: number, j: number): boolean {
    const R = this.R
    const L1 = R.len[r1]
    const L2 = R.len[r2]
    const n1 = i + L2 - j
    const n2 = j + L1 - i
    return n1 > 0 && n2 > 0 && L1 > 0 && L2 > 0 && this.mv.tailTravel(r1, i, r2, j) >= -EPS
  }

  /**
   * Caches the parts of Moves.relocateTravel that depend only on u's chain of k = 1..3 tasks
   * (removal change, reversal change), the same operations in the same order, so that the
   * screen takes the same decisions as the move's own prefilter.
   */
  private prepare(u: number): void {
    const R = this.R
    if (this.prepU === u && this.prepMoves === R.moves) return
    this.prepU = u
    this.prepMoves = R.moves
    const r1 = R.routeOf[u]
    const i = R.posOf[u]
    const L1 = R.len[r1]
    const a = R.loc(r1, i - 1)
    const f = R.loc(r1, i)
    for (let k = 1; k <= 3; k++) {
      const e = i + k - 1
      if (e > L1) {
        this.remove[k] = NaN
        continue
      }
      const l = R.loc(r1, e)
      const b = R.loc(r1, e + 1)
      let d = -R.arc(r1, a, f) - R.arc(r1, l, b)
      if (R.len[r1] > e - i + 1) d += R.arc(r1, a, b)
      else d -= this.m.vFixed[r1]
      this.remove[k] = d
      this.chainLast[k] = l
      this.revDiff[k] = k > 1 ? R.chainCost(r1, i, e, true, r1) - R.chainCost(r1, i, e, false, r1) : 0
    }
  }

  /** Moves.relocateTravel for u's chain of k tasks (prepared) after position j of route r2; Infinity when the move is not allowed anyway. */
  private relocateTravel(k: number, rev: boolean, r2: number, j: number): number {
    const R = this.R
    const u = this.prepU
    const r1 = R.routeOf[u]
    const i = R.posOf[u]
    let d = this.remove[k]
    if (d !== d) return Infinity
    if (r1 === r2 && j >= i - 1 && j <= i + k - 1) return Infinity
    const f = R.loc(r1, i)
    const l = this.chainLast[k]
    const F = rev ? l : f
    const L = rev ? f : l
    const x = R.loc(r2, j)
    const y = R.loc(r2, j + 1)
    d += R.arc(r2, x, F) + R.arc(r2, L, y)
    if (r1 === r2 || R.len[r2] > 0) d -= R.arc(r2, x, y)
    else d += this.m.vFixed[r2]
    if (rev) d += this.revDiff[k]
    return d
  }

  /** Moves u (or its shipment) to an empty vehicle if that pays; one vehicle per class. */
  private tryEmpty(u: number): boolean {
    const R = this.R
    const m = this.m
    const seen = this.classSeen
    const stamp = ++this.classStamp
    for (let v = 0; v < m.nVehicles; v++) {
      if (R.len[v] !== 0 || seen[m.vClass[v]] === stamp) continue
      seen[m.vClass[v]] = stamp
      if (m.taskKind[u] === KIND_JOB) {
        if (this.mv.relocate(u, 1, false, v, 0) < -EPS) return this.mv.applyRelocate(u, 1, false, v, 0), true
      } else if (this.mv.pairInto(u, v, 0, false) < -EPS) return this.mv.applyPairInto(u, v), true
    }
    return false
  }
}
