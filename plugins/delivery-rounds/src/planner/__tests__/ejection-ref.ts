import { KIND_DELIVERY, KIND_PICKUP, type Model } from "../model"
import { concat, excessLoad, Seg, setDepot, setTask } from "../segment"
import type { EjectionPlan } from "../ejection"

/**
 * The ejection walk as it was before session 23 (on Seg objects and `concat`), kept as the
 * reference the flat-array walk of ejection.ts must match plan for plan.
 */
export class RefEjector {
  private readonly m: Model
  private readonly node: Seg[]
  /** Prefix segments by depth of the walk. */
  private readonly stack: Seg[]
  private readonly end: Seg
  private readonly tmp: Seg
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

  constructor(m: Model) {
    this.m = m
    this.node = Array.from({ length: m.nTasks }, (_, t) => setTask(new Seg(m.dims), m, t))
    this.stack = []
    this.end = new Seg(m.dims)
    this.tmp = new Seg(m.dims)
    this.ejectedMark = new Uint8Array(m.nTasks)
  }

  /**
   * Best plan for request r (a job, or a shipment's pickup) in route v with `tasks`, ejecting at
   * most maxK requests; only plans with psum below `bound` count. Explores at most `budget` nodes.
   */
  fit(r: number, v: number, tasks: number[], counters: Float64Array, maxK: number, bound: number, routeCost: number, budget = 20000): EjectionPlan | null {
    const m = this.m
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
    while (this.stack.length < tasks.length + 4) this.stack.push(new Seg(m.dims))
    setDepot(this.end, m, v, true)
    setDepot(this.stack[0], m, v, false)
    this.seq.length = 0
    this.ejectedList.length = 0
    this.walk(0, 0, 0, 0, 0)
    return this.best
  }

  /**
   * q: stops of the route handled so far; depth: stack level; placed: 0 nothing yet, 1 pickup
   * (or job) placed, 2 all placed; k ejections so far with penalty sum psum.
   */
  private walk(q: number, depth: number, placed: number, k: number, psum: number): void {
    if (--this.budget < 0) return
    const m = this.m
    const tr = m.travels[m.vTravel[this.v]]
    const seg = this.stack[depth]
    const need = this.isPair ? 2 : 1
    // place the new request (or its next side) before stop q+1
    if (placed < need) {
      const t = placed === 0 ? this.r : m.taskSibling[this.r]
      const next = this.stack[depth + 1]
      concat(next, seg, this.node[t], tr)
      if (next.tw <= 1e-9 && excessLoad(next, m, this.v) <= 1e-9) {
        this.seq.push(t)
        this.walk(q, depth + 1, placed + 1, k, psum)
        this.seq.pop()
      }
    }
    if (q === this.route.length) {
      if (placed === need) this.finish(seg, psum)
      return
    }
    const t = this.route[q]
    // the delivery of an ejected pickup leaves with it
    if (m.taskKind[t] === KIND_DELIVERY && this.ejectedMark[m.taskSibling[t]]) {
      this.walk(q + 1, depth, placed, k, psum)
      return
    }
    // keep t
    const next = this.stack[depth + 1]
    concat(next, seg, this.node[t], tr)
    if (next.tw <= 1e-9 && excessLoad(next, m, this.v) <= 1e-9) {
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

  private finish(seg: Seg, psum: number): void {
    const m = this.m
    const full = concat(this.tmp, seg, this.end, m.travels[m.vTravel[this.v]])
    if (full.tw > 1e-9 || excessLoad(full, m, this.v) > 1e-9) return
    if (this.seq.length > m.vMaxTasks[this.v]) return
    const cost = full.cost - this.baseCost
    if (psum > this.bestPsum || (psum === this.bestPsum && cost >= this.bestCost)) return
    this.bestPsum = psum
    this.bestCost = cost
    this.best = { route: this.v, psum, cost, ejected: this.ejectedList.slice(), tasks: this.seq.slice() }
  }
}
