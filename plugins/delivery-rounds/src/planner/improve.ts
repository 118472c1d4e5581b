import { LocalSearch } from "./local-search"
import type { Model } from "./model"
import { Penalties } from "./penalties"
import type { RoutesState } from "./state"

/** Repair weight factor of a local search restarted after a failed repair. */
const RESTART_FACTOR = 100

/**
 * Runs the granular local search on the search's working solution: copies the routes that
 * changed into the local search, improves on the penalised objective, repairs an infeasible
 * outcome with heavier penalties, and writes the changed routes back only when every one of
 * them passes the exact check (several windows per task are exact only there).
 */
export class Improver {
  readonly ls: LocalSearch
  readonly penalties: Penalties
  private readonly m: Model

  constructor(m: Model, rand: () => number) {
    this.m = m
    this.ls = new LocalSearch(m, rand)
    // a unit of time warp weighs about what a unit of travel time costs
    this.penalties = new Penalties(10 * costPerTime(m), 10 * loadWeight(m))
  }

  /**
   * Improves `st` in place. `touch(v)` is called before route v is rewritten (so the caller can
   * roll back). Returns true when some route changed. `stop` ends the improvement; an outcome it
   * left infeasible is still repaired until `hardStop` (the whole search's deadline): otherwise
   * an interrupted run — often a long one, from a construction — would be thrown away.
   */
  run(st: RoutesState, touch: (v: number) => void, stop: () => boolean, openRoutes: boolean, hardStop = stop): boolean {
    const ls = this.ls
    const R = ls.R
    this.sync(st)
    const mark = R.moves
    ls.openRoutes = openRoutes
    ls.setWeights(this.penalties.weights())
    ls.run(stop, true)
    this.penalties.record(R.totalTw() <= 1e-7, R.totalExcess() <= 1e-9)
    this.repair(hardStop)
    if (!R.feasible() && !stop()) {
      // the penalised search went where no repair leads back (30 of 58 calls on r1_2_1 in 3 000
      // iterations): start again from the feasible input with the repair weights, so that the
      // call still improves something rather than being thrown away
      this.sync(st)
      ls.setWeights(this.penalties.repair(RESTART_FACTOR))
      ls.run(stop, true)
      this.repair(hardStop)
    }
    return this.writeBack(st, touch, mark)
  }

  /** Copies into the local search the routes that differ from `st`; tasks `st` leaves out are out. */
  sync(st: RoutesState): void {
    const R = this.ls.R
    for (let v = 0; v < this.m.nVehicles; v++) if (!same(st.tasks[v], R.tasks[v], R.len[v])) (R.moves++, R.load(v, st.tasks[v]))
    for (let t = 0; t < this.m.nTasks; t++) if (st.taskRoute[t] < 0) R.routeOf[t] = -1
  }

  /** Heavier and heavier penalties, from where the search ended, until feasible. */
  private repair(stop: () => boolean): void {
    const ls = this.ls
    for (let f = 10; f <= 1000 && !ls.R.feasible() && !stop(); f *= 10) {
      ls.setWeights(this.penalties.repair(f))
      // heavier weights change the value of a move only where time warp or excess load is
      // involved: the search had converged on every pair of clean routes, so only the pairs
      // that touch an infeasible route are looked at again
      ls.markDirty()
      ls.run(stop, true)
    }
  }

  /**
   * Writes the routes changed since `mark` back to `st` when the local search ended feasible and
   * the exact check agrees; otherwise leaves `st` as it was. True if something was written.
   */
  writeBack(st: RoutesState, touch: (v: number) => void, mark: number): boolean {
    const R = this.ls.R
    const V = this.m.nVehicles
    const changed: number[] = []
    for (let v = 0; v < V; v++) if (R.modified[v] > mark && !same(st.tasks[v], R.tasks[v], R.len[v])) changed.push(v)
    if (!R.feasible() || changed.length === 0) return false
    const before = changed.map((v) => st.tasks[v].slice())
    for (const v of changed) {
      touch(v)
      for (const t of st.tasks[v]) st.taskRoute[t] = -1
    }
    let exact = true
    for (const v of changed) {
      const r = st.tasks[v]
      r.length = 0
      for (let p = 0; p < R.len[v]; p++) r.push(R.tasks[v][p])
    }
    for (const v of changed) if (!st.update(v)) exact = false
    if (exact) return true
    // an approximated window let something through: put the routes back as they were
    changed.forEach((v, k) => {
      for (const t of st.tasks[v]) st.taskRoute[t] = -1
      st.tasks[v].length = 0
      st.tasks[v].push(...before[k])
    })
    for (const v of changed) st.update(v)
    return false
  }
}

function same(a: number[], b: Int32Array, len: number): boolean {
  if (a.length !== len) return false
  for (let k = 0; k < len; k++) if (a[k] !== b[k]) return false
  return true
}

/** Travel cost per unit of travel time, on average over the first vehicle's matrix. */
function costPerTime(m: Model): number {
  const tr = m.travels[0]
  let c = 0
  let t = 0
  for (let k = 0; k < tr.time.length; k += 7) {
    c += tr.cost[k]
    t += tr.time[k]
  }
  return t > 0 && c > 0 ? c / t : 1
}

/** Load penalty: the largest travel cost per unit of the largest demand (HGS's starting value). */
function loadWeight(m: Model): number {
  const D = m.dims
  if (D === 0) return 1
  const tr = m.travels[0]
  let maxCost = 0
  for (let k = 0; k < tr.cost.length; k++) if (tr.cost[k] > maxCost && tr.cost[k] < Infinity) maxCost = tr.cost[k]
  let maxDemand = 0
  for (let k = 0; k < m.taskAdd.length; k++) maxDemand = Math.max(maxDemand, m.taskAdd[k], m.taskRemove[k])
  return Math.max(0.1, Math.min(1000, maxDemand > 0 ? maxCost / maxDemand : 1))
}
