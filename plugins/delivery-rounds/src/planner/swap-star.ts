import { detour, KIND_JOB, type Model } from "./model"
import type { LsRoutes } from "./ls-routes"
import { concat, type Seg, setDepot } from "./segment"

/** Candidates of a route pair costed exactly (with windows) after the travel-only estimate. */
const EXACT_CANDIDATES = 4
/** How many of a task's nearest neighbours make two routes "nearby". */
const NEARBY = 10
const EPS = 1e-7


/**
 * SWAP* (Vidal 2022, "Hybrid genetic search for the CVRP: open-source implementation and SWAP*
 * neighborhood"): exchange a job of route A with a job of route B, each reinserted at its best
 * place in the other route rather than in the other's spot. The three cheapest insertion places
 * of every job in the other route are precomputed on travel cost, the best few exchanges are
 * then costed exactly (windows and loads) from their segments.
 */
export class SwapStar {
  private readonly R: LsRoutes
  private readonly m: Model
  private readonly nb: Int32Array[]
  /** Move counter when each route pair was last examined. */
  private readonly tested: Float64Array
  private readonly near: Uint8Array
  /** Top-3 insertion places (cost, position) of each task in the route under study. */
  private readonly topCost: Float64Array
  private readonly topPos: Int32Array
  private readonly a: Seg
  private readonly b: Seg
  private readonly node: Seg
  /** The best exchanges of a route pair by estimate: cost, u, v, where u goes in v's route and v in u's (after that position; -1: in the other's place). */
  private readonly cEst = new Float64Array(EXACT_CANDIDATES)
  private readonly cU = new Int32Array(EXACT_CANDIDATES)
  private readonly cV = new Int32Array(EXACT_CANDIDATES)
  private readonly cPu = new Int32Array(EXACT_CANDIDATES)
  private readonly cPv = new Int32Array(EXACT_CANDIDATES)
  private readonly iu = { cost: 0, pos: 0 }
  private readonly iv = { cost: 0, pos: 0 }

  constructor(R: LsRoutes, nb: Int32Array[]) {
    this.R = R
    this.m = R.m
    this.nb = nb
    const V = R.m.nVehicles
    this.tested = new Float64Array(V * V).fill(-1)
    this.near = new Uint8Array(V * V)
    this.topCost = new Float64Array(R.m.nTasks * 3)
    this.topPos = new Int32Array(R.m.nTasks * 3)
    this.a = R.seg()
    this.b = R.seg()
    this.node = R.seg()
  }

  /** One sweep over nearby route pairs changed since last time; true if anything improved. */
  run(): boolean {
    const R = this.R
    const m = this.m
    const V = m.nVehicles
    this.near.fill(0)
    for (let u = 0; u < m.nTasks; u++) {
      const ru = R.routeOf[u]
      if (ru < 0 || m.taskKind[u] !== KIND_JOB) continue
      const nb = this.nb[u]
      for (let k = 0; k < nb.length && k < NEARBY; k++) {
        const rv = R.routeOf[nb[k]]
        if (rv >= 0 && rv !== ru) this.near[ru < rv ? ru * V + rv : rv * V + ru] = 1
      }
    }
    let improved = false
    for (let a = 0; a < V; a++) {
      for (let b = a + 1; b < V; b++) {
        const key = a * V + b
        if (!this.near[key] || R.len[a] === 0 || R.len[b] === 0) continue
        if (R.modified[a] <= this.tested[key] && R.modified[b] <= this.tested[key]) continue
        this.tested[key] = R.moves
        if (this.pair(a, b)) improved = true
      }
    }
    return improved
  }

  /** `top3` of each job of route `from` in route `into`. */
  private top3Of(from: number, into: number): void {
    const tasks = this.R.tasks[from]
    const L = this.R.len[from]
    for (let p = 1; p <= L; p++) if (this.m.taskKind[tasks[p - 1]] === KIND_JOB) this.top3(tasks[p - 1], into)
  }

  /** Best three places (after position p) of job t in route r, on travel cost only. */
  private top3(t: number, r: number): void {
    const R = this.R
    const m = this.m
    const { size: n, cost: c } = R.travel(r)
    const loc = m.taskLoc[t]
    const tasks = R.tasks[r]
    const L = R.len[r]
    const o = t * 3
    this.topCost[o] = this.topCost[o + 1] = this.topCost[o + 2] = Infinity
    this.topPos[o] = this.topPos[o + 1] = this.topPos[o + 2] = -2
    let prev = m.vStart[r]
    for (let p = 0; p <= L; p++) {
      const next = p < L ? m.taskLoc[tasks[p]] : m.vEnd[r]
      const d = detour(c, n, prev, loc, next)
      if (d < this.topCost[o + 2]) {
        let k = 2
        while (k > 0 && d < this.topCost[o + k - 1]) {
          this.topCost[o + k] = this.topCost[o + k - 1]
          this.topPos[o + k] = this.topPos[o + k - 1]
          k--
        }
        this.topCost[o + k] = d
        this.topPos[o + k] = p
      }
      prev = next
    }
  }

  /** Travel cost change of taking the task at position p out of route r. */
  private removal(r: number, p: number): number {
    return -this.detourAt(r, p, this.m.taskLoc[this.R.tasks[r][p - 1]])
  }

  /** Travel cost of visiting `loc` between the stops before and after position p of route r (what is at p aside). */
  private detourAt(r: number, p: number, loc: number): number {
    const R = this.R
    const m = this.m
    const tr = R.travel(r)
    const tasks = R.tasks[r]
    const prev = p > 1 ? m.taskLoc[tasks[p - 2]] : m.vStart[r]
    const next = p < R.len[r] ? m.taskLoc[tasks[p]] : m.vEnd[r]
    return detour(tr.cost, tr.size, prev, loc, next)
  }

  /** Cheapest place for job t in route r once the job at position q leaves: (cost, after-position or -1 for q's spot). */
  private bestInsert(t: number, r: number, q: number, out: { cost: number; pos: number }): void {
    const o = t * 3
    out.cost = Infinity
    out.pos = -2
    for (let k = 0; k < 3; k++) {
      const p = this.topPos[o + k]
      if (p < 0) break
      // places touching the leaving job are not what the estimate priced
      if (p === q - 1 || p === q) continue
      out.cost = this.topCost[o + k]
      out.pos = p
      break
    }
    // in the leaving job's spot
    const d = this.detourAt(r, q, this.m.taskLoc[t])
    if (d < out.cost) {
      out.cost = d
      out.pos = -1
    }
  }

  private pair(ra: number, rb: number): boolean {
    this.top3Of(ra, rb)
    this.top3Of(rb, ra)
    const R = this.R
    const m = this.m
    const V = m.nVehicles
    const ta = R.tasks[ra]
    const tb = R.tasks[rb]
    const La = R.len[ra]
    const Lb = R.len[rb]
    // the EXACT_CANDIDATES best estimates, kept sorted in preallocated arrays
    const cEst = this.cEst
    const cU = this.cU
    const cV = this.cV
    const cPu = this.cPu
    const cPv = this.cPv
    let n = 0
    const iu = this.iu
    const iv = this.iv
    for (let p = 1; p <= La; p++) {
      const u = ta[p - 1]
      if (m.taskKind[u] !== KIND_JOB || !m.allowed[u * V + rb]) continue
      const remU = this.removal(ra, p)
      for (let q = 1; q <= Lb; q++) {
        const v = tb[q - 1]
        if (m.taskKind[v] !== KIND_JOB || !m.allowed[v * V + ra]) continue
        this.bestInsert(u, rb, q, iu)
        this.bestInsert(v, ra, p, iv)
        const est = remU + this.removal(rb, q) + iu.cost + iv.cost
        if (n === EXACT_CANDIDATES && est >= cEst[n - 1]) continue
        let k = n
        if (n < EXACT_CANDIDATES) n++
        else k--
        while (k > 0 && cEst[k - 1] > est) {
          cEst[k] = cEst[k - 1]
          cU[k] = cU[k - 1]
          cV[k] = cV[k - 1]
          cPu[k] = cPu[k - 1]
          cPv[k] = cPv[k - 1]
          k--
        }
        cEst[k] = est
        cU[k] = u
        cV[k] = v
        cPu[k] = iu.pos
        cPv[k] = iv.pos
      }
    }
    for (let c = 0; c < n; c++) {
      const listA = this.rebuilt(ra, cU[c], cV[c], cPv[c])
      const listB = this.rebuilt(rb, cV[c], cU[c], cPu[c])
      const delta = this.cost(ra, listA, this.a) + this.cost(rb, listB, this.b) - R.pen[ra] - R.pen[rb]
      if (delta < -EPS) {
        R.moves++
        R.load(ra, listA)
        R.moves++
        R.load(rb, listB)
        return true
      }
    }
    return false
  }

  /** Route r without `out`, with `inn` after position `after` (of the original route) or in out's spot. */
  private rebuilt(r: number, out: number, inn: number, after: number): number[] {
    const list: number[] = []
    const tasks = this.R.tasks[r]
    if (after === 0) list.push(inn)
    for (let p = 1; p <= this.R.len[r]; p++) {
      const t = tasks[p - 1]
      if (t === out) {
        if (after === -1) list.push(inn)
      } else list.push(t)
      if (p === after) list.push(inn)
    }
    return list
  }

  /** Penalised cost of vehicle r running `list`. */
  private cost(r: number, list: number[], s: Seg): number {
    const R = this.R
    const tr = R.travel(r)
    const node = this.node
    setDepot(s, this.m, r, false)
    for (const t of list) concat(s, s, R.node[t], tr)
    concat(s, s, setDepot(node, this.m, r, true), tr)
    return R.penalty(s, r)
  }
}
