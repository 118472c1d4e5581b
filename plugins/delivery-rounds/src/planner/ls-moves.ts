import { KIND_DELIVERY, KIND_JOB, KIND_PICKUP, type Model, type Travel } from "./model"
import type { LsRoutes } from "./ls-routes"
import { concat, excessLoad, type Seg } from "./segment"

/**
 * The local-search moves, each as "what would the penalised cost change by" (Infinity when the
 * move is not allowed: skills, max_tasks, a shipment split or reversed) and "do it". Costs come
 * from prefix / middle / suffix segments, so everything but the middle is O(1).
 */
const EPS = 1e-7
/**
 * pairInto skips a place whose cost's lower bound reaches its limit (the route's cost plus the
 * removal's gain, less 1e-9) only while these are below this: a cost at or above the limit then
 * gives a change of at least -1e-9 less a few roundings of 1e-9 at most, never below -EPS, so
 * the place could not have been taken. Beyond it (the squeeze's weights can reach 1e8 per unit of
 * time warp) only the best so far cuts.
 */
const PAIR_CUT_SCALE = 1e7

export class Moves {
  readonly R: LsRoutes
  readonly m: Model
  private readonly s: Seg[]
  /** Where the best pair insertion found by pairInto puts the pickup and the delivery. */
  pairAt = { p: 0, q: 0 }
  readonly hasSkills: boolean
  /**
   * Reject early, on travel cost or a prefix, moves that cannot improve. Only ever skips
   * non-improving moves, so the search takes the same path without it (a test checks).
   */
  prefilter = true
  private readonly sym = new Map<number, boolean>()
  /**
   * pairInto's removal part (what taking the shipment of pickup `gainP` out of its route saves),
   * valid while the routes and weights are at `gainVersion`: it does not depend on the target
   * route, and the local search asks for it from each of the shipment's neighbours in turn.
   */
  private gainP = -1
  private gainVersion = -1
  private gainValue = 0
  /** relocate's removal part for task `relU`'s chains of k = 1..3 tasks (NaN: not yet), at `relVersion`. */
  private relU = -1
  private relVersion = -1
  private readonly relD1 = new Float64Array(4)

  constructor(R: LsRoutes) {
    this.R = R
    this.m = R.m
    this.s = Array.from({ length: 8 }, () => R.seg())
    this.hasSkills = R.m.allowed.some((a) => a === 0)
  }

  private allowed(t: number, v: number): boolean {
    return this.m.allowed[t * this.m.nVehicles + v] === 1
  }

  /** Tasks at positions a..b of route src may all ride vehicle dst. */
  private allAllowed(src: number, a: number, b: number, dst: number): boolean {
    if (!this.hasSkills || src === dst) return true
    const r = this.R.tasks[src]
    for (let p = a; p <= b; p++) if (!this.allowed(r[p - 1], dst)) return false
    return true
  }

  /**
   * Whether a whole route is feasible. A move that empties a route saves its fixed cost, which
   * may dwarf any penalty: such a move is only allowed when what it builds is feasible.
   */
  private feasible(full: Seg, v: number): boolean {
    return full.tw <= 1e-9 && excessLoad(full, this.m, v) <= 1e-9
  }

  private costOf(full: Seg, v: number, len: number): number {
    return len === 0 ? 0 : this.R.penalty(full, v)
  }

  /**
   * Moves the k tasks from u's position onwards (reversed if `rev`) after position j of route r2.
   * Shipment sides may move alone only inside their route and only if the pickup stays first.
   */
  relocate(u: number, k: number, rev: boolean, r2: number, j: number): number {
    const R = this.R
    const m = this.m
    const r1 = R.routeOf[u]
    const i = R.posOf[u]
    const e = i + k - 1
    const L1 = R.len[r1]
    if (e > L1) return Infinity
    if (r1 === r2 && j >= i - 1 && j <= e) return Infinity
    const t1 = R.tasks[r1]
    for (let p = i; p <= e; p++) {
      const t = t1[p - 1]
      const sib = m.taskSibling[t]
      if (sib < 0) continue
      const ps = R.posOf[sib]
      if (ps >= i && ps <= e) {
        if (rev) return Infinity
        continue
      }
      if (r1 !== r2) return Infinity
      if (j < i) {
        if (m.taskKind[t] === KIND_DELIVERY && ps > j && ps < i) return Infinity
      } else if (m.taskKind[t] === KIND_PICKUP && ps > e && ps <= j) return Infinity
    }
    if (r1 !== r2 && (R.len[r2] + k > m.vMaxTasks[r2] || !this.allAllowed(r1, i, e, r2))) return Infinity
    // from a clean start, penalties can only add: travel alone must already improve
    if (this.prefilter && R.clean(r1) && R.clean(r2) && this.relocateTravel(r1, i, e, rev, r2, j) >= -EPS) return Infinity
    const s = this.s
    if (r1 !== r2) {
      // the removal part depends on u and k alone: cached across the target routes
      if (this.relU !== u || this.relVersion !== R.version) {
        this.relU = u
        this.relVersion = R.version
        this.relD1.fill(NaN)
      }
      let d1 = this.relD1[k]
      if (d1 !== d1) {
        const A = concat(s[0], R.fwd[r1][i - 1], R.bwd[r1][e + 1], R.travel(r1))
        d1 = this.relD1[k] = this.costOf(A, r1, L1 - k) - R.pen[r1]
      }
      const C = rev ? R.reversed(s[1], r1, i, e, r2) : R.between(s[1], r1, i, e, r2)
      const tr2 = R.travel(r2)
      const B = concat(s[2], R.fwd[r2][j], C, tr2)
      // cost and warp only grow as a route is extended: stop early when the prefix is too dear
      if (this.prefilter && d1 + this.bound(B, r2) - R.pen[r2] >= 0) return Infinity
      concat(B, B, R.bwd[r2][j + 1], tr2)
      if (L1 === k && !this.feasible(B, r2)) return Infinity
      return d1 + R.penalty(B, r2) - R.pen[r2]
    }
    const tr = R.travel(r1)
    const C = rev ? R.reversed(s[1], r1, i, e, r1) : R.between(s[1], r1, i, e, r1)
    const S = s[0]
    if (j < i) {
      concat(S, R.fwd[r1][j], C, tr)
      concat(S, S, R.between(s[2], r1, j + 1, i - 1, r1), tr)
      concat(S, S, R.bwd[r1][e + 1], tr)
    } else {
      concat(S, R.fwd[r1][i - 1], R.between(s[2], r1, e + 1, j, r1), tr)
      concat(S, S, C, tr)
      concat(S, S, R.bwd[r1][j + 1], tr)
    }
    return R.penalty(S, r1) - R.pen[r1]
  }

  /** Travel cost change of the relocation (fixed costs of emptied or opened routes included). */
  private relocateTravel(r1: number, i: number, e: number, rev: boolean, r2: number, j: number): number {
    const R = this.R
    const a = R.loc(r1, i - 1)
    const f = R.loc(r1, i)
    const l = R.loc(r1, e)
    const b = R.loc(r1, e + 1)
    const F = rev ? l : f
    const L = rev ? f : l
    const x = R.loc(r2, j)
    const y = R.loc(r2, j + 1)
    let d = -R.arc(r1, a, f) - R.arc(r1, l, b)
    if (r1 === r2 || R.len[r1] > e - i + 1) d += R.arc(r1, a, b)
    else d -= this.m.vFixed[r1]
    d += R.arc(r2, x, F) + R.arc(r2, L, y)
    if (r1 === r2 || R.len[r2] > 0) d -= R.arc(r2, x, y)
    else d += this.m.vFixed[r2]
    if (rev || !R.sameTravel(r1, r2)) d += R.chainCost(r1, i, e, rev, r2) - R.chainCost(r1, i, e, false, r1)
    return d
  }

  applyRelocate(u: number, k: number, rev: boolean, r2: number, j: number): void {
    const R = this.R
    const r1 = R.routeOf[u]
    const i = R.posOf[u]
    const list1 = R.list(r1)
    const chain = list1.splice(i - 1, k)
    if (rev) chain.reverse()
    if (r1 === r2) {
      list1.splice(j < i ? j : j - k, 0, ...chain)
      this.store(r1, list1)
      return
    }
    const list2 = R.list(r2)
    list2.splice(j, 0, ...chain)
    this.store(r1, list1)
    this.store(r2, list2)
  }

  /** Lower bound on the penalised cost of any route of v that starts with segment `head`. */
  private bound(head: Seg, v: number): number {
    return head.cost + this.m.vFixed[v] + this.R.w.tw * head.tw
  }

  /** Exchanges the k1 tasks from u onwards with the k2 tasks from v onwards (jobs only). */
  swap(u: number, k1: number, v: number, k2: number): number {
    const R = this.R
    const m = this.m
    const r1 = R.routeOf[u]
    const r2 = R.routeOf[v]
    let i = R.posOf[u]
    let j = R.posOf[v]
    if (i + k1 - 1 > R.len[r1] || j + k2 - 1 > R.len[r2]) return Infinity
    for (let p = 0; p < k1; p++) if (m.taskKind[R.tasks[r1][i - 1 + p]] !== KIND_JOB) return Infinity
    for (let p = 0; p < k2; p++) if (m.taskKind[R.tasks[r2][j - 1 + p]] !== KIND_JOB) return Infinity
    const s = this.s
    if (r1 !== r2) {
      if (R.len[r1] - k1 + k2 > m.vMaxTasks[r1] || R.len[r2] - k2 + k1 > m.vMaxTasks[r2]) return Infinity
      if (!this.allAllowed(r1, i, i + k1 - 1, r2) || !this.allAllowed(r2, j, j + k2 - 1, r1)) return Infinity
      if (this.prefilter && R.clean(r1) && R.clean(r2) && R.sameTravel(r1, r2) && this.swapTravel(r1, i, k1, r2, j, k2) >= -EPS) return Infinity
      const tr1 = R.travel(r1)
      const tr2 = R.travel(r2)
      const A = concat(s[0], R.fwd[r1][i - 1], R.between(s[1], r2, j, j + k2 - 1, r1), tr1)
      concat(A, A, R.bwd[r1][i + k1], tr1)
      const d1 = R.penalty(A, r1) - R.pen[r1]
      const B = concat(s[2], R.fwd[r2][j - 1], R.between(s[3], r1, i, i + k1 - 1, r2), tr2)
      if (this.prefilter && d1 + this.bound(B, r2) - R.pen[r2] >= 0) return Infinity
      concat(B, B, R.bwd[r2][j + k2], tr2)
      return d1 + R.penalty(B, r2) - R.pen[r2]
    }
    if (j < i) {
      const x = i
      i = j
      j = x
      const y = k1
      k1 = k2
      k2 = y
    }
    if (i + k1 - 1 >= j) return Infinity
    if (this.prefilter && R.clean(r1)) {
      const a = R.loc(r1, i - 1)
      const u0 = R.loc(r1, i)
      const uk = R.loc(r1, i + k1 - 1)
      const v0 = R.loc(r1, j)
      const vk = R.loc(r1, j + k2 - 1)
      const b = R.loc(r1, j + k2)
      let d: number
      if (i + k1 === j) d = R.arc(r1, a, v0) + R.arc(r1, vk, u0) + R.arc(r1, uk, b) - R.arc(r1, a, u0) - R.arc(r1, uk, v0) - R.arc(r1, vk, b)
      else {
        const x = R.loc(r1, i + k1)
        const y = R.loc(r1, j - 1)
        d = R.arc(r1, a, v0) + R.arc(r1, vk, x) + R.arc(r1, y, u0) + R.arc(r1, uk, b) -
          R.arc(r1, a, u0) - R.arc(r1, uk, x) - R.arc(r1, y, v0) - R.arc(r1, vk, b)
      }
      if (d >= -EPS) return Infinity
    }
    const tr = R.travel(r1)
    const S = concat(s[0], R.fwd[r1][i - 1], R.between(s[1], r1, j, j + k2 - 1, r1), tr)
    concat(S, S, R.between(s[2], r1, i + k1, j - 1, r1), tr)
    concat(S, S, R.between(s[3], r1, i, i + k1 - 1, r1), tr)
    concat(S, S, R.bwd[r1][j + k2], tr)
    return R.penalty(S, r1) - R.pen[r1]
  }

  /** Travel cost change of exchanging positions i..i+k1-1 of route r1 with j..j+k2-1 of another route r2 (same travel). */
  swapTravel(r1: number, i: number, k1: number, r2: number, j: number, k2: number): number {
    const R = this.R
    const a1 = R.loc(r1, i - 1)
    const b1 = R.loc(r1, i + k1)
    const a2 = R.loc(r2, j - 1)
    const b2 = R.loc(r2, j + k2)
    const u0 = R.loc(r1, i)
    const uk = R.loc(r1, i + k1 - 1)
    const v0 = R.loc(r2, j)
    const vk = R.loc(r2, j + k2 - 1)
    return R.arc(r1, a1, v0) + R.arc(r1, vk, b1) - R.arc(r1, a1, u0) - R.arc(r1, uk, b1) +
      R.arc(r2, a2, u0) + R.arc(r2, uk, b2) - R.arc(r2, a2, v0) - R.arc(r2, vk, b2)
  }

  applySwap(u: number, k1: number, v: number, k2: number): void {
    const R = this.R
    const r1 = R.routeOf[u]
    const r2 = R.routeOf[v]
    const i = R.posOf[u]
    const j = R.posOf[v]
    if (r1 !== r2) {
      const a = R.list(r1)
      const b = R.list(r2)
      const cu = a.slice(i - 1, i - 1 + k1)
      const cv = b.slice(j - 1, j - 1 + k2)
      a.splice(i - 1, k1, ...cv)
      b.splice(j - 1, k2, ...cu)
      this.store(r1, a)
      this.store(r2, b)
      return
    }
    const list = R.list(r1)
    const [p, kp, q, kq] = i < j ? [i, k1, j, k2] : [j, k2, i, k1]
    const first = list.slice(p - 1, p - 1 + kp)
    const second = list.slice(q - 1, q - 1 + kq)
    const mid = list.slice(p - 1 + kp, q - 1)
    list.splice(p - 1, q - 1 + kq - (p - 1), ...second, ...mid, ...first)
    this.store(r1, list)
  }

  /** Tail exchange: route r1 keeps 1..i and takes r2's tasks after j; r2 keeps 1..j and takes r1's after i. */
  twoOptStar(r1: number, i: number, r2: number, j: number): number {
    const R = this.R
    const m = this.m
    if (r1 === r2 || R.open[r1][i] !== 0 || R.open[r2][j] !== 0) return Infinity
    const L1 = R.len[r1]
    const L2 = R.len[r2]
    const n1 = i + L2 - j
    const n2 = j + L1 - i
    if (n1 > m.vMaxTasks[r1] || n2 > m.vMaxTasks[r2]) return Infinity
    if (!this.allAllowed(r2, j + 1, L2, r1) || !this.allAllowed(r1, i + 1, L1, r2)) return Infinity
    if (this.prefilter && n1 > 0 && n2 > 0 && L1 > 0 && L2 > 0 && R.clean(r1) && R.clean(r2) && R.tailClass[r1] === R.tailClass[r2] && this.tailTravel(r1, i, r2, j) >= -EPS) return Infinity
    const s = this.s
    const A = concat(s[0], R.fwd[r1][i], R.tail(s[1], r2, j + 1, r1), R.travel(r1))
    const d1 = this.costOf(A, r1, n1) - R.pen[r1]
    const B = concat(s[2], R.fwd[r2][j], R.tail(s[3], r1, i + 1, r2), R.travel(r2))
    if ((n1 === 0 && !this.feasible(B, r2)) || (n2 === 0 && !this.feasible(A, r1))) return Infinity
    return d1 + this.costOf(B, r2, n2) - R.pen[r2]
  }

  /** Travel cost change of the tail exchange after position i of r1 and j of r2 (both non-empty, alike tails). */
  tailTravel(r1: number, i: number, r2: number, j: number): number {
    const R = this.R
    return R.arc(r1, R.loc(r1, i), R.loc(r2, j + 1)) + R.arc(r2, R.loc(r2, j), R.loc(r1, i + 1)) -
      R.arc(r1, R.loc(r1, i), R.loc(r1, i + 1)) - R.arc(r2, R.loc(r2, j), R.loc(r2, j + 1))
  }

  applyTwoOptStar(r1: number, i: number, r2: number, j: number): void {
    const a = this.R.list(r1)
    const b = this.R.list(r2)
    const ta = a.splice(i)
    const tb = b.splice(j)
    this.store(r1, a.concat(tb))
    this.store(r2, b.concat(ta))
  }

  /** Reverses positions a..b of route r (no shipment may have both sides inside). */
  twoOpt(r: number, a: number, b: number): number {
    const R = this.R
    if (a >= b || a < 1 || b > R.len[r]) return Infinity
    const m = this.m
    if (m.hasShipments) {
      const t = R.tasks[r]
      for (let p = a; p <= b; p++) {
        const sib = m.taskSibling[t[p - 1]]
        if (sib >= 0 && R.posOf[sib] >= a && R.posOf[sib] <= b) return Infinity
      }
    }
    if (this.prefilter && R.clean(r) && this.symmetric(r)) {
      const d = R.arc(r, R.loc(r, a - 1), R.loc(r, b)) + R.arc(r, R.loc(r, a), R.loc(r, b + 1)) -
        R.arc(r, R.loc(r, a - 1), R.loc(r, a)) - R.arc(r, R.loc(r, b), R.loc(r, b + 1))
      if (d >= -EPS) return Infinity
    }
    const s = this.s
    const tr = R.travel(r)
    const S = concat(s[0], R.fwd[r][a - 1], R.reversed(s[1], r, a, b, r), tr)
    concat(S, S, R.bwd[r][b + 1], tr)
    return R.penalty(S, r) - R.pen[r]
  }

  /** Whether vehicle r's travel costs are the same both ways (then a reversal keeps its inside cost). */
  private symmetric(r: number): boolean {
    const k = this.m.vTravel[r]
    let sym = this.sym.get(k)
    if (sym === undefined) {
      const tr = this.m.travels[k]
      const n = tr.size
      sym = true
      for (let a = 0; a < n && sym; a++) for (let b = a + 1; b < n; b++) if (tr.cost[a * n + b] !== tr.cost[b * n + a]) (sym = false)
      this.sym.set(k, sym)
    }
    return sym
  }

  applyTwoOpt(r: number, a: number, b: number): void {
    const list = this.R.list(r)
    const seg = list.slice(a - 1, b).reverse()
    list.splice(a - 1, seg.length, ...seg)
    this.store(r, list)
  }

  /**
   * Best place in route r2 (another route) for the shipment of task u, with its pickup right
   * after position j (anchor "pickup") or its delivery right after position j (anchor
   * "delivery"). Returns the cost change and leaves the places in `pairAt`.
   */
  pairInto(u: number, r2: number, j: number, anchorDelivery: boolean): number {
    const R = this.R
    const m = this.m
    const P = m.taskKind[u] === KIND_PICKUP ? u : m.taskSibling[u]
    const D = m.taskSibling[P]
    const r1 = R.routeOf[P]
    if (r1 === r2 || r1 < 0) return Infinity
    const L2 = R.len[r2]
    if (L2 + 2 > m.vMaxTasks[r2] || !this.allowed(P, r2)) return Infinity
    const iP = R.posOf[P]
    const iD = R.posOf[D]
    const s = this.s
    if (this.gainP !== P || this.gainVersion !== R.version) {
      const tr1 = R.travel(r1)
      const A = concat(s[0], R.fwd[r1][iP - 1], R.between(s[1], r1, iP + 1, iD - 1, r1), tr1)
      concat(A, A, R.bwd[r1][iD + 1], tr1)
      this.gainValue = R.pen[r1] - this.costOf(A, r1, R.len[r1] - 2)
      this.gainP = P
      this.gainVersion = R.version
    }
    const gain = this.gainValue
    const emptied = R.len[r1] === 2
    const limit = R.pen[r2] + gain - 1e-9
    const tr2 = R.travel(r2)
    const sP = R.node[P]
    const sD = R.node[D]
    const T = s[4]
    // a place is skipped when a lower bound of its cost (pairBound) reaches the best so far, or the
    // limit when the figures are small enough that a cost at or above it cannot pass for a gain
    const limitCut = this.prefilter && R.pen[r2] + Math.abs(gain) < PAIR_CUT_SCALE ? limit : Infinity
    let best = Infinity
    if (!anchorDelivery) {
      const acc = concat(s[6], R.fwd[r2][j], sP, tr2)
      for (let q = j; q <= L2; q++) {
        if (q > j) concat(acc, acc, R.node[R.tasks[r2][q - 1]], tr2)
        if (this.bound(acc, r2) >= limit) break
        const tail = R.bwd[r2][q + 1]
        if (this.prefilter && this.pairBound(acc, sD, tail, r2, tr2) >= (best < limitCut ? best : limitCut)) continue
        concat(T, acc, sD, tr2)
        concat(T, T, tail, tr2)
        best = this.keepPair(T, r2, emptied, best, j, q)
      }
    } else {
      // delivery after j, pickup after some p <= j: grow the part after the pickup leftwards
      let acc = concat(s[6], sD, R.bwd[r2][j + 1], tr2)
      let spare = s[7]
      for (let p = j; p >= 0; p--) {
        if (p < j) {
          concat(spare, R.node[R.tasks[r2][p]], acc, tr2)
          const x = acc
          acc = spare
          spare = x
        }
        if (this.bound(acc, r2) >= limit) break
        const head = R.fwd[r2][p]
        if (this.prefilter && this.pairBound(head, sP, acc, r2, tr2) >= (best < limitCut ? best : limitCut)) continue
        concat(T, head, sP, tr2)
        concat(T, T, acc, tr2)
        best = this.keepPair(T, r2, emptied, best, p, j)
      }
    }
    return best === Infinity ? Infinity : best - R.pen[r2] - gain
  }

  /**
   * A lower bound of the penalised cost of vehicle v's route a + x + b (x one task), from their
   * parts: concat adds the arcs' costs and never takes time warp away, and excess load is not
   * negative. Every term is non-negative, so the bound computed and the cost computed differ from
   * their exact values by a few roundings each: the factor keeps the bound below the cost as
   * computed (some 1e-15 relative apart at most).
   */
  private pairBound(a: Seg, x: Seg, b: Seg, v: number, tr: Travel): number {
    const n = tr.size
    let c = a.cost + x.cost + b.cost
    if (a.last >= 0 && x.first >= 0) c += tr.cost[a.last * n + x.first]
    if (x.last >= 0 && b.first >= 0) c += tr.cost[x.last * n + b.first]
    return (c + this.m.vFixed[v] + this.R.w.tw * (a.tw + x.tw + b.tw)) * (1 - 1e-12)
  }

  /**
   * The penalised cost of route r2 as `T` (a shipment's pickup after p, delivery after q) when it
   * beats `best` (and, for a pair that empties its route, is feasible): places kept in `pairAt`.
   */
  private keepPair(T: Seg, r2: number, emptied: boolean, best: number, p: number, q: number): number {
    if (emptied && !this.feasible(T, r2)) return best
    const c = this.R.penalty(T, r2)
    if (c >= best) return best
    this.pairAt.p = p
    this.pairAt.q = q
    return c
  }

  applyPairInto(u: number, r2: number): void {
    const R = this.R
    const m = this.m
    const P = m.taskKind[u] === KIND_PICKUP ? u : m.taskSibling[u]
    const D = m.taskSibling[P]
    const r1 = R.routeOf[P]
    const a = R.list(r1).filter((t) => t !== P && t !== D)
    const b = R.list(r2)
    // positions refer to the route before insertion: the delivery goes after q, the pickup after p
    b.splice(this.pairAt.q, 0, D)
    b.splice(this.pairAt.p, 0, P)
    this.store(r1, a)
    this.store(r2, b)
  }

  /** Writes a route's new task list and refreshes its caches. */
  store(v: number, list: number[]): void {
    const R = this.R
    R.moves++
    R.load(v, list)
  }
}
