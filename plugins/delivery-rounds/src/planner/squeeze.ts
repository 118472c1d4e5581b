import type { Improver } from "./improve"
import type { LsRoutes } from "./ls-routes"
import { KIND_PICKUP } from "./model"
import { concat, Seg } from "./segment"
import type { RoutesState } from "./state"

/**
 * Weight factor of time warp and excess load while squeezing: the search then minimises
 * infeasibility first and travel second (Nagata & Bräysy minimise the penalty alone).
 */
const SQUEEZE_FACTOR = 100

/**
 * Squeeze (Nagata & Bräysy 2009, "A powerful route minimization heuristic for the VRPTW"): a
 * request that fits nowhere goes where it adds the least penalised cost (time warp and excess
 * load weighed heavily), then the local search works that infeasibility out through the routes
 * around it. Kept only when it ends feasible; otherwise nothing changes and the request goes on
 * to the ejections.
 */
export class Squeezer {
  private readonly imp: Improver
  private readonly R: LsRoutes
  private readonly a: Seg
  private readonly b: Seg
  private readonly where = { v: -1, p: 0, q: 0 }

  constructor(imp: Improver) {
    this.imp = imp
    this.R = imp.ls.R
    this.a = this.R.seg()
    this.b = this.R.seg()
  }

  /**
   * Squeezes request r into one of `routes` (used routes near it). `touch(v)` is called before
   * `st`'s route v is rewritten. `stop` bounds the local search. True when r is now in `st`.
   */
  run(st: RoutesState, r: number, routes: number[], touch: (v: number) => void, stop: () => boolean): boolean {
    const imp = this.imp
    const ls = imp.ls
    const R = this.R
    imp.sync(st)
    const mark = R.moves
    const w = imp.penalties.repair(SQUEEZE_FACTOR)
    R.setWeights(w)
    const where = this.where
    let best = Infinity
    let bv = -1
    let bp = 0
    let bq = 0
    for (const v of routes) {
      // places no cheaper than the best so far are cut short: the route and places chosen are the same
      const c = this.cheapest(r, v, best)
      if (c < best) {
        best = c
        bv = v
        bp = where.p
        bq = where.q
      }
    }
    if (bv < 0) return false
    where.v = bv
    const m = R.m
    const list = R.list(bv)
    if (m.taskKind[r] === KIND_PICKUP) list.splice(bq, 0, m.taskSibling[r])
    list.splice(bp, 0, r)
    R.moves++
    R.load(where.v, list)
    ls.openRoutes = false
    ls.uncleanOnly = true
    ls.markDirty()
    // done as soon as it is feasible: travel is the annealing's business
    ls.run(() => R.feasible() || stop(), true)
    ls.uncleanOnly = false
    if (!R.feasible()) return false
    return imp.writeBack(st, touch, mark)
  }

  /**
   * Least penalised cost of putting r (and its delivery) into route v; `where.p`/`where.q` get
   * the positions (in the route as it is: the delivery after q, the pickup after p). Places that
   * cannot cost less than `limit` are skipped: the value returned is exact when below it.
   */
  private cheapest(r: number, v: number, limit: number): number {
    const R = this.R
    const m = R.m
    if (!m.allowed[r * m.nVehicles + v]) return Infinity
    const pair = m.taskKind[r] === KIND_PICKUP
    const L = R.len[v]
    if (L + (pair ? 2 : 1) > m.vMaxTasks[v]) return Infinity
    const tr = R.travel(v)
    const fwd = R.fwd[v]
    const bwd = R.bwd[v]
    const node = R.node
    const a = this.a
    const b = this.b
    const base = R.pen[v]
    const fixed = m.vFixed[v]
    const w = R.w
    let best = Infinity
    for (let p = 0; p <= L; p++) {
      concat(a, fwd[p], node[r], tr)
      if (!pair) {
        const c = R.penalty(concat(b, a, bwd[p + 1], tr), v) - base
        if (c < best) {
          best = c
          this.where.p = p
        }
        continue
      }
      const d = node[m.taskSibling[r]]
      for (let q = p; q <= L; q++) {
        if (q > p) concat(a, a, node[R.tasks[v][q - 1]], tr)
        // travel and time warp only grow as the part before the delivery grows: a lower bound
        // of this place and every later one (the same sums, in the same order, as the penalty)
        const lb = a.cost + fixed + w.tw * a.tw - base
        if (lb >= best || lb >= limit) break
        concat(b, a, d, tr)
        const c = R.penalty(concat(b, b, bwd[q + 1], tr), v) - base
        if (c < best) {
          best = c
          this.where.p = p
          this.where.q = q
        }
      }
    }
    return best
  }
}
