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

  constructor(m: Model, rand: () => number, granularity = GRANULARITY) {
    this.m = m
    this.R = new LsRoutes(m)
    this.mv = new Moves(this.R)
    this.nb = granularNeighbours(m, granularity)
    this.rand = rand
    this.lastTested = new Float64Array(m.nTasks)
    this.order = Array.from({ length: m.nTasks }, (_, t) => t)
    this.swapStar = new SwapStar(this.R, this.nb)
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
        if (R.routeOf[u] < 0) continue
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
      if (this.swapStar.run()) improved = true
      pass++
      if (stop()) break
    }
    return R.moves - start
  }

  /** Tries the moves that bring task u next to its neighbour v; applies the first that helps. */
  private tryPair(u: number, v: number): boolean {
    const R = this.R
    const mv = this.mv
    const ru = R.routeOf[u]
    const rv = R.routeOf[v]
    const i = R.posOf[u]
    const j = R.posOf[v]
    const job = this.m.taskKind[u] === KIND_JOB
    // u (and what follows it) after v, or u just before v
    for (let k = 1; k <= 3; k++) {
      if (mv.relocate(u, k, false, rv, j) < -EPS) return mv.applyRelocate(u, k, false, rv, j), true
      if (k > 1 && mv.relocate(u, k, true, rv, j) < -EPS) return mv.applyRelocate(u, k, true, rv, j), true
    }
    if (mv.relocate(u, 1, false, rv, j - 1) < -EPS) return mv.applyRelocate(u, 1, false, rv, j - 1), true
    if (job && this.m.taskKind[v] === KIND_JOB) {
      if (mv.swap(u, 1, v, 1) < -EPS) return mv.applySwap(u, 1, v, 1), true
      if (mv.swap(u, 2, v, 1) < -EPS) return mv.applySwap(u, 2, v, 1), true
      if (mv.swap(u, 2, v, 2) < -EPS) return mv.applySwap(u, 2, v, 2), true
    }
    if (ru === rv) {
      // make u and v consecutive by reversing what lies between
      const a = i < j ? i + 1 : j + 1
      const b = i < j ? j : i
      if (mv.twoOpt(ru, a, b) < -EPS) return mv.applyTwoOpt(ru, a, b), true
      return false
    }
    if (mv.twoOptStar(ru, i, rv, j - 1) < -EPS) return mv.applyTwoOptStar(ru, i, rv, j - 1), true
    if (mv.twoOptStar(ru, i, rv, j) < -EPS) return mv.applyTwoOptStar(ru, i, rv, j), true
    if (!job) {
      if (mv.pairInto(u, rv, j, this.m.taskKind[u] === KIND_DELIVERY) < -EPS) return mv.applyPairInto(u, rv), true
    }
    return false
  }

  /** Moves u (or its shipment) to an empty vehicle if that pays; one vehicle per class. */
  private tryEmpty(u: number): boolean {
    const R = this.R
    const m = this.m
    const seen = new Set<number>()
    for (let v = 0; v < m.nVehicles; v++) {
      if (R.len[v] !== 0 || seen.has(m.vClass[v])) continue
      seen.add(m.vClass[v])
      if (m.taskKind[u] === KIND_JOB) {
        if (this.mv.relocate(u, 1, false, v, 0) < -EPS) return this.mv.applyRelocate(u, 1, false, v, 0), true
      } else if (this.mv.pairInto(u, v, 0, false) < -EPS) return this.mv.applyPairInto(u, v), true
    }
    return false
  }
}
