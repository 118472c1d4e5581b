import { Improver } from "./improve"
import { KIND_DELIVERY, KIND_PICKUP, serviceStart, type Model } from "./model"
import { createRng, randInt } from "./rng"
import { kthSmallest } from "./neighbours"
import { hasPairs, minimiseRoutes } from "./route-min"
import { RoutesState } from "./state"

import { better, type Score } from "./score"

export interface SearchOptions {
  seed: number
  deadline: number
  maxIterations: number
  now: () => number
}

/** What a recreate may do before its outcome is certain to be rejected (see Search.recreate). */
export interface Limit {
  prio: number
  count: number
  routes: number
}

export interface SearchResult {
  routes: number[][]
  unassigned: number[]
  iterations: number
}

/** Fleets larger than this insert into the routes of a request's nearest tasks first. */
const NEAR_ONLY_FROM = 8
/** The construction reads the clock after every this many requests (see construct). */
const CONSTRUCT_CHECK = 16
/** How many nearest tasks name those routes. */
const NEAR_INSERT = 20

/**
 * Whether the recreates skip pricing a job in a route whose caches are as they were when the job fitted
 * nowhere in it (a table of cache versions per job and route, see Search.tryIn): the same answers, fewer
 * calls (on Gehring–Homberger 200 type 1 most of a recreate's prices are of routes the job does not fit).
 */
const NO_FIT_CACHE = true
/** The largest job × route table kept (8 bytes an entry: 8 MB). */
const NO_FIT_MAX_ENTRIES = 1 << 20
const AVG_REMOVED = 15
const MAX_STRING = 10
/**
 * Long routes (session 35): in the annealings of fixed-cost problems without shipments (the salvage's
 * gate: Gehring–Homberger) whose solution at the annealing's start has at least LONG_ROUTE tasks per
 * used route (type 2: 4–6 routes of 33–50 stops; type 1 has ~11), the ruin takes strings of up to
 * LONG_MAX_STRING tasks and LONG_AVG_REMOVED tasks on average instead of 10 and 15. Traced on r2/rc2
 * (virtual clock, seeds 1–2): the annealings after route minimisation accept ~45% of their steps
 * (most rebuild a solution of the same cost) and their best stops improving at 0.4–1.3 s on most
 * runs, 5–11% above the best known on the outliers: strings of 10 out of routes of 50 stops rebuild
 * the same routes. Set LONG_ROUTE to Infinity for the previous ruin everywhere.
 */
const LONG_ROUTE = 25
const LONG_AVG_REMOVED = 25
const LONG_MAX_STRING = 20
const SPLIT_BETA = 0.5
const BLINK = 0.01
/** Share of recreates that insert by earliest deadline (the others: SISR's random/demand/far/close). */
const SORT_BY_DEADLINE = 0.15
/** Share of iterations that first empty a short route (then reinsert without opening routes). */
const ROUTE_ELIMINATION = 0.02
/**
 * Share of the recreates after route minimisation that insert by regret (recreateRegret) instead
 * of greedily, on problems without shipments. Screened on 18 Gehring–Homberger 200 instances at
 * 2 s of CPU against the greedy-only build in the same runs (session 20, regret in every
 * annealing and each recreate rescanning): 0.3 gave +2.30 / +2.23 / +2.02 / +2.87% against
 * +3.31 / +2.47 / +2.30 / +2.57%, 0.5 +2.15 / +2.68% against +2.76 / +2.18%, 1.0 (every
 * recreate) +2.94% against +2.12%. Whole-set runs: README.
 */
const REGRET_SHARE = 0.3
/**
 * ... with shipments (pickup and delivery pairs): Li & Lim 200 at 2 s of CPU against the greedy-only
 * build in the same runs (session 21, seeds 1–6): +2.21% mean gap where the fleet matches against
 * +2.33%, lower in 5 of 6 runs; fleets 298 against 301 (route minimisation, the same code, decides
 * them). Route minimisation and the first annealing stay greedy here too.
 */
const PAIR_REGRET_SHARE = 0.3
/** Independent annealing probes before the main run, each with this share of the budget. */
const PROBES = 3
const PROBE_SHARE = 0.15
/**
 * Fewest iterations a probe is expected to make (at the rate the annealing ran so far) for the
 * probes to run: a short probe ends before it has left its start's basin, so the whole rest goes
 * to one run instead. At 500, Gehring–Homberger 200 (about 900–2 500 expected per probe at 2 s)
 * ran probes; without them r1/rc1 (18 instances) went from +6.56% to +6.17% at seed 1 and from
 * +6.76% to +5.62% at seed 2. Problems without fixed costs have no first annealing to measure the
 * rate on and always probe (Solomon).
 */
const PROBE_MIN_ITERATIONS = 3000
/** Starting temperature of the main run, relative to the probes'. */
const FINAL_T0 = 0.5
/** The current solution gets a local search every this many iterations (new bests always do). */
const LS_PERIOD = 50
/** Most of the budget a local search on a whole new solution (construction, after route minimisation) may take. */
const FIRST_LS_SHARE = 0.1
/** Share of the budget kept for the last local search on the best solution. */
const FINAL_LS_SHARE = 0.03
/** Most of the elapsed time the local search may take. */
const LS_SHARE = 0.3
/** Share of the budget of the first annealing, before route minimisation. */
const EARLY_SHARE = 0.25
/**
 * ... with shipments: route minimisation needs the time more (see PAIR_MAX_SHARE). On the 12 Li &
 * Lim 200 instances above the best-known fleet in session 13, 0.1 with PAIR_MAX_SHARE 0.8 reached
 * it on 2 (LR1_2_5, LRC1_2_9) where 0.25 with 0.6 reached it on none (same run, seed 1).
 */
const PAIR_EARLY_SHARE = 0.1

/**
 * Annealing temperatures, as multiples of the cost per request. A start at 1.5 (it was 0.3) lets
 * the search leave the basin of its start on tight windows: on Gehring–Homberger 200 at 2 s of CPU
 * 0.1 was worse, 0.8 and 1.5 better (r2/rc1/rc2: +5.05% against +6.41%, better on 19 of 26), 3.0
 * no better than 1.5; an end at 0.01 (it was 0.003) better again (c1/c2/r1: +2.14% against +2.88%,
 * better on 16 of 30) — same-run benches against the previous build, README.
 */
const T_START = 1.5
const T_END = 0.01
/**
 * Start of the annealing after route minimisation on fixed-cost problems without shipments: the
 * first annealing has already worked on these routes, and route minimisation changed every one
 * of them, so the run starts hotter to leave that basin. On 18 Gehring–Homberger 200 instances
 * (`_2_2`, `_2_5`, `_2_8` of each class) at 2 s of CPU, seeds 1–4, against 1.5: see the README.
 */
const T_START_AFTER_FLEET = 3
/**
 * In the annealings of fixed-cost problems without shipments (more than NEAR_ONLY_FROM vehicles),
 * a recreate about to leave a request out beyond its limit (an outcome that could only be
 * rejected) first tries to put it in place of one task of a route of its nearest tasks, that task
 * then going to its own cheapest place (see Search.salvage): up to this many replacements,
 * cheapest first; 0 gives the plain stop. On Gehring–Homberger 200 rc1_2_1 at the minimum fleet
 * 56–63% of the recreates stopped so (session 28: README).
 */
const SALVAGE = 4

/** Higher priority first, then ascending key. */
export function byPriorityThen(priority: Float64Array, key: Float64Array) {
  return (a: number, b: number) => priority[b] - priority[a] || key[a] - key[b]
}

/** Lists up to this long are sorted by insertion (see sortByPriorityThen), longer ones by Array.prototype.sort. */
const INSERTION_SORT_MAX = 64

/**
 * Sorts `a` in place as `a.sort(byPriorityThen(priority, key))` does: both sorts are stable and
 * the comparison is the same, so the order is the same. Short lists by insertion, without the
 * comparator's calls (each one boxed its result: 9% of a run's allocations).
 */
export function sortByPriorityThen(a: number[], priority: Float64Array, key: Float64Array, cmp: (a: number, b: number) => number): void {
  const n = a.length
  if (n > INSERTION_SORT_MAX) {
    a.sort(cmp)
    return
  }
  for (let i = 1; i < n; i++) {
    const x = a[i]
    const px = priority[x]
    const kx = key[x]
    let j = i - 1
    while (j >= 0) {
      const y = a[j]
      // cmp(y, x) > 0: y goes after x
      const d = px - priority[y]
      if (d > 0 || (d === 0 && key[y] - kx > 0)) {
        a[j + 1] = y
        j--
      } else break
    }
    a[j + 1] = x
  }
}

/** a.splice(p, 0, x) without the array splice returns. */
function insertAt(a: number[], p: number, x: number): void {
  let i = a.length
  a.push(x)
  while (i > p) {
    a[i] = a[i - 1]
    i--
  }
  a[p] = x
}

/** Makes `to` a copy of `from` (in place: no new array, no backing store grown again from empty). */
/**
 * A rollback updates each touched route's caches from the stretch where its task list differs
 * from the list it had (RoutesState.updateWindow), not by a whole pass: the same values.
 */
const ROLLBACK_WINDOW = true

function copyInto(to: number[], from: number[]): void {
  const n = from.length
  for (let k = 0; k < n; k++) to[k] = from[k]
  to.length = n
}

/**
 * Ruin-and-recreate search (SISR: slack induction by string removals, Christiaens & Vanden
 * Berghe 2020) with simulated annealing, plus a fleet-minimisation phase when vehicles have
 * fixed costs.
 */
export class Search {
  readonly m: Model
  readonly st: RoutesState
  readonly rand: () => number
  /** Requests: job tasks and shipment pickups (a delivery follows its pickup). */
  readonly requests: number[]
  private readonly neighbours: (Int32Array | undefined)[]
  unassigned: number[] = []
  /** Requests no vehicle can serve even alone. */
  readonly impossible: Uint8Array
  /** Requests the construction had not tried when the deadline came (a starved core): left out for lack of time. */
  readonly untried: Uint8Array
  private readonly touched: Uint8Array
  private readonly touchedList: number[] = []
  /** Task lists of the touched routes as they were (reused arrays: touch runs several times per iteration). */
  /** Each touched route's task list as it was when touched (swapped with the route's own list by a rollback). */
  private readonly saved: number[][]
  private readonly pairOut = new Int32Array(2)
  private readonly removedMark: Uint8Array
  private readonly sortKey: Float64Array
  /** Higher priority first, then ascending sortKey (one comparator for the whole run, not one per recreate). */
  private readonly bySortKey: (a: number, b: number) => number
  iterations = 0
  private readonly classSeen: Int32Array
  private stamp = 0
  private improver: Improver | null = null
  private readonly found = { v: -1, p: 0, q: 0, cost: Infinity, v2: -1, cost2: Infinity }
  /** recreateRegret's per-request priced routes (V slots per request, grown as needed). */
  private rgLen = new Int32Array(0)
  private rgDone = new Uint8Array(0)
  private rgRoute = new Int32Array(0)
  private rgCost = new Float64Array(0)
  private rgP = new Int32Array(0)
  private rgQ = new Int32Array(0)
  private rgBest = new Int32Array(0)
  private rgRegret = new Float64Array(0)
  /** While recreateRegret scans: where tryIn records each feasible route's price (-1: not recording). */
  private rec = -1
  private recLen = 0
  private readonly nearStamp: Int32Array
  /**
   * Per job and route (job * nVehicles + route): the route's cache version (RoutesState.version) when the
   * job was last found to fit at no position there, 0 if never (see tryIn); null on problems too large
   * for the table (NO_FIT_MAX_ENTRIES).
   */
  private readonly noFitAt: Float64Array | null
  /** Each touched route's cache version when touched (put back by a rollback with its task list). */
  private readonly savedVersion: Float64Array
  /** The routes of a request's nearest tasks (see scan), one bit per vehicle; all clear between scans. */
  private readonly nearBits: Int32Array
  /** Vehicle classes (vClass runs 0 .. nClasses - 1). */
  private readonly nClasses: number
  private readonly ruinedStamp: Int32Array
  private readonly ruinedList: number[] = []
  /** A ruined route as it was, in case its ruin leaves it infeasible. */
  private readonly ruinWhole: number[] = []
  /** Insert near first (see insertRequest); off for the construction, where it would compute every task's neighbours up front. */
  private nearFirst = false
  /** anneal's list of requests to reinsert, and its copy of the requests left out before a step (reused). */
  private readonly reqsBuf: number[] = []
  private prevUnassigned: number[] = []
  /** Whether the last insertRequest opened an empty route. */
  private opened = false
  /** No local search in this run (see run). */
  private lsOff = false
  private lsTime = 0
  private startTime = 0
  /** The whole run's deadline (improve's options may be a slice of it). */
  private hardDeadline = Infinity
  /** Iterations and time spent annealing so far (the rate that decides the probes). */
  private annealIterations = 0
  private annealTime = 0
  /** The time `done` last read. */
  private clock = 0
  /** Share of the annealing's recreates that insert by regret (see run). */
  private regretShare = 0
  /** Whether the recreates salvage (see SALVAGE): in the annealings of such problems only. */
  private salvageOn = false
  private readonly salvageGate: boolean
  /** salvage's candidates (route, position, cost change), cheapest first. */
  private readonly svV = new Int32Array(Math.max(1, SALVAGE))
  private readonly svI = new Int32Array(Math.max(1, SALVAGE))
  private readonly svD = new Float64Array(Math.max(1, SALVAGE))
  /** The routes the last salvage changed: the request's, then the one the replaced task went to. */
  private svA = -1
  private svB = -1

  constructor(m: Model, seed: number) {
    this.m = m
    this.st = new RoutesState(m)
    this.rand = createRng(seed)
    this.requests = []
    for (let t = 0; t < m.nTasks; t++) if (m.taskKind[t] !== KIND_DELIVERY) this.requests.push(t)
    this.touched = new Uint8Array(m.nVehicles)
    this.saved = Array.from({ length: m.nVehicles }, () => [])
    this.removedMark = new Uint8Array(m.nTasks)
    this.classSeen = new Int32Array(m.nVehicles)
    this.nearStamp = new Int32Array(m.nVehicles)
    this.noFitAt = NO_FIT_CACHE && m.nTasks * m.nVehicles <= NO_FIT_MAX_ENTRIES ? new Float64Array(m.nTasks * m.nVehicles) : null
    this.savedVersion = new Float64Array(m.nVehicles)
    this.nearBits = new Int32Array((m.nVehicles + 31) >> 5)
    let classes = 0
    for (let v = 0; v < m.nVehicles; v++) if (m.vClass[v] >= classes) classes = m.vClass[v] + 1
    this.nClasses = classes
    this.ruinedStamp = new Int32Array(m.nVehicles)
    this.sortKey = new Float64Array(m.nTasks)
    this.bySortKey = byPriorityThen(m.taskPriority, this.sortKey)
    this.neighbours = new Array(m.nTasks)
    this.impossible = new Uint8Array(m.nTasks)
    this.untried = new Uint8Array(m.nTasks)
    for (const r of this.requests) if (!this.feasibleAlone(r)) this.impossible[r] = 1
    this.salvageGate = SALVAGE > 0 && m.hasFixedCosts && m.nVehicles > NEAR_ONLY_FROM && !this.requests.some((r) => m.taskKind[r] === KIND_PICKUP)
  }

  /** Nearest tasks of task a (itself first), computed on first use. */
  neighboursOf(a: number): Int32Array {
    // small enough to be inlined where it is called in the recreates; the computation is not
    return this.neighbours[a] ?? this.computeNeighbours(a)
  }

  private computeNeighbours(a: number): Int32Array {
    const m = this.m
    const tr = m.travels[0]
    const n = tr.size
    const N = m.nTasks
    const K = Math.min(N, 121)
    const dist = new Float64Array(N)
    const la = m.taskLoc[a]
    for (let b = 0; b < N; b++) {
      const lb = m.taskLoc[b]
      dist[b] = b === a ? -1 : Math.min(tr.cost[la * n + lb], tr.cost[lb * n + la])
    }
    // the K-th smallest by selection, not a sort of the whole row (this ran for every task)
    const threshold = kthSmallest(new Float64Array(N), dist, K - 1)
    const picked: number[] = []
    for (let b = 0; b < N; b++) if (dist[b] <= threshold) picked.push(b)
    picked.sort((x, y) => dist[x] - dist[y] || x - y)
    const nb = Int32Array.from(picked.slice(0, K))
    this.neighbours[a] = nb
    return nb
  }

  private feasibleAlone(r: number): boolean {
    const m = this.m
    const classes = new Set<number>()
    for (let v = 0; v < m.nVehicles; v++) {
      if (!m.allowed[r * m.nVehicles + v] || classes.has(m.vClass[v])) continue
      classes.add(m.vClass[v])
      const size = m.taskKind[r] === KIND_PICKUP ? 2 : 1
      if (size > m.vMaxTasks[v]) continue
      // called while every route is still empty
      let c: number
      if (m.taskKind[r] === KIND_PICKUP) {
        this.st.bestPairInsertion(v, r, this.pairOut, 0, this.rand)
        c = this.st.price[0]
      } else c = this.st.insertCost(v, r, 0)
      if (c < Infinity) return true
    }
    return false
  }

  /** Granular local search on the current solution (see Improver); true if it changed anything. */
  improve(opts: SearchOptions, openRoutes = true, force = false): boolean {
    const t0 = opts.now()
    // out of time already (a slow construction on a busy machine): the caller's deadline first
    if (this.lsOff || t0 >= opts.deadline) return false
    const improver = this.getImprover()
    // the local search may not eat the annealing's iterations: keep it under its share of the
    // time spent so far (runs with an iteration cap ignore the clock, to stay reproducible)
    if (!force && opts.maxIterations === Infinity && this.lsTime > LS_SHARE * (t0 - this.startTime)) return false
    const hard = Math.max(opts.deadline, this.hardDeadline)
    const r = improver.run(this.st, (v) => this.touch(v), () => opts.now() >= opts.deadline, openRoutes, () => opts.now() >= hard)
    this.lsTime += opts.now() - t0
    return r
  }

  /** The local search of this run, made at first use. */
  getImprover(): Improver {
    if (!this.improver) this.improver = new Improver(this.m, this.rand)
    return this.improver
  }

  /** Whether more than `share` of the time budget has gone (never with an iteration cap alone). */
  private late(opts: SearchOptions, share: number): boolean {
    return opts.deadline !== Infinity && opts.now() - this.startTime > share * (opts.deadline - this.startTime)
  }

  /** The options with a deadline at most `share` of the whole budget from now. */
  private slice(opts: SearchOptions, share: number): SearchOptions {
    if (opts.deadline === Infinity) return opts
    return { ...opts, deadline: Math.min(opts.deadline, opts.now() + share * (opts.deadline - this.startTime)) }
  }

  score(): Score {
    let prio = 0
    let count = 0
    for (const r of this.unassigned) {
      prio += this.m.taskPriority[r]
      count++
    }
    return { prio, count, cost: this.st.totalCost() }
  }

  touch(v: number): void {
    if (this.touched[v]) return
    this.touched[v] = 1
    copyInto(this.saved[v], this.st.tasks[v])
    this.savedVersion[v] = this.st.version[v]
    this.touchedList.push(v)
  }

  commit(): void {
    const list = this.touchedList
    for (let k = 0; k < list.length; k++) this.touched[list[k]] = 0
    list.length = 0
  }

  rollback(prevUnassigned: number[]): void {
    const st = this.st
    const list = this.touchedList
    for (let k = 0; k < list.length; k++) {
      const v = list[k]
      if (ROLLBACK_WINDOW) {
        // the saved list becomes the route's and the route's (the rejected one) is kept for the update below:
        // no copy (touch copies into saved[v] again before the next change)
        const cur = st.tasks[v]
        st.tasks[v] = this.saved[v]
        this.saved[v] = cur
      } else copyInto(st.tasks[v], this.saved[v])
      this.touched[v] = 0
    }
    this.unassign(this.unassigned)
    this.unassign(prevUnassigned)
    for (let k = 0; k < list.length; k++) {
      const v = list[k]
      if (!ROLLBACK_WINDOW) st.update(v)
      else {
        // the stretch where the route differs from what it was before the rollback: the rest keeps its caches
        const cur = this.saved[v]
        const to = st.tasks[v]
        const n = cur.length < to.length ? cur.length : to.length
        let a = 0
        while (a < n && cur[a] === to[a]) a++
        let e = 0
        while (e < n - a && cur[cur.length - 1 - e] === to[to.length - 1 - e]) e++
        st.updateWindow(v, cur, a, cur.length - e)
      }
      // the task list as it was when touched, so the caches as they were (bit for bit): their version too
      st.version[v] = this.savedVersion[v]
    }
    list.length = 0
    this.unassigned = prevUnassigned
  }

  /** Marks the requests (and their shipment siblings) as in no route. */
  private unassign(list: number[]): void {
    const st = this.st
    const sibling = this.m.taskSibling
    for (let k = 0; k < list.length; k++) {
      const t = list[k]
      st.taskRoute[t] = -1
      if (sibling[t] >= 0) st.taskRoute[sibling[t]] = -1
    }
  }

  /**
   * Inserts the given requests one by one at their cheapest feasible place. With a `limit`, at
   * most `limit.routes` routes are used, and the recreate stops (false, the requests not tried
   * left out) as soon as the requests left out weigh more than `limit` by priority, then count:
   * an outcome the caller can only reject, so the rest of the recreate would be wasted.
   */
  recreate(reqs: number[], blink: number, allowEmpty: boolean, limit?: Limit): boolean {
    const m = this.m
    let prio = 0
    for (const r of this.unassigned) prio += m.taskPriority[r]
    let count = this.unassigned.length
    let used = limit && limit.routes < Infinity ? this.usedRoutes() : 0
    for (let k = 0; k < reqs.length; k++) {
      const r = reqs[k]
      if (this.insertRequest(r, blink, allowEmpty && (!limit || used < limit.routes))) {
        if (this.opened) used++
        continue
      }
      if (this.salvageOn && limit) {
        const pr = prio + m.taskPriority[r]
        if ((pr > limit.prio || (pr === limit.prio && count + 1 > limit.count)) && this.salvage(r, blink, allowEmpty && used < limit.routes)) {
          if (this.opened) used++
          continue
        }
      }
      this.unassigned.push(r)
      prio += m.taskPriority[r]
      count++
      if (limit && (prio > limit.prio || (prio === limit.prio && count > limit.count))) {
        for (let j = k + 1; j < reqs.length; j++) this.unassigned.push(reqs[j])
        return false
      }
    }
    return true
  }

  /**
   * Regret-2 recreate: of the requests still to insert, the one whose cheapest place beats its
   * cheapest place in another route by the most goes first (a request with a single route goes
   * before any other), ties to the earlier in `reqs`. A first scan prices each request in the
   * routes of its nearest tasks (as insertRequest) and keeps every feasible route's price; after
   * each insertion only the route that changed is priced again for the others (a route that was
   * infeasible stays so: insertions only add tasks), and a scan is redone only when a route was
   * opened (the next empty vehicle of its class becomes the candidate). Same contract as
   * recreate (limit, blinks, routes opened).
   */
  recreateRegret(reqs: number[], blink: number, allowEmpty: boolean, limit?: Limit): boolean {
    const m = this.m
    const st = this.st
    const V = m.nVehicles
    const n = reqs.length
    if (this.rgLen.length < n) {
      const size = Math.max(n, 2 * this.rgLen.length)
      this.rgLen = new Int32Array(size)
      this.rgDone = new Uint8Array(size)
      this.rgRoute = new Int32Array(size * V)
      this.rgCost = new Float64Array(size * V)
      this.rgP = new Int32Array(size * V)
      this.rgQ = new Int32Array(size * V)
      this.rgBest = new Int32Array(size)
      this.rgRegret = new Float64Array(size)
    }
    const lenOf = this.rgLen
    const done = this.rgDone
    const route = this.rgRoute
    const price = this.rgCost
    const posP = this.rgP
    const posQ = this.rgQ
    const best = this.rgBest
    const regretOf = this.rgRegret
    const out = this.pairOut
    const prioOf = m.taskPriority
    let prio = 0
    for (const r of this.unassigned) prio += prioOf[r]
    let count = this.unassigned.length
    let used = limit && limit.routes < Infinity ? this.usedRoutes() : 0
    let canOpen = allowEmpty && (!limit || used < limit.routes)
    // best (slot index, -1: none) and regret of request i from its priced routes
    const rank = (i: number) => {
      const o = i * V
      let b = -1
      let c1 = Infinity
      let c2 = Infinity
      for (let j = o; j < o + lenOf[i]; j++) {
        const c = price[j]
        if (c < c1) {
          c2 = c1
          c1 = c
          b = j
        } else if (c < c2) c2 = c
      }
      best[i] = b
      regretOf[i] = c2 - c1
    }
    const rescan = (i: number) => {
      const r = reqs[i]
      lenOf[i] = 0
      if (!this.impossible[r]) {
        this.rec = i * V
        this.recLen = 0
        this.scan(r, blink, canOpen)
        this.rec = -1
        lenOf[i] = this.recLen
      }
      rank(i)
    }
    // after an insertion into route v (no route opened): every pending request priced in v again
    // (a route that was infeasible for it stays so after an insertion, not after a salvage)
    const reprice = (v: number) => {
      const len = st.count[v]
      for (let i = 0; i < n; i++) {
        if (done[i]) continue
        const t = reqs[i]
        const o = i * V
        let j = o
        const end = o + lenOf[i]
        while (j < end && route[j] !== v) j++
        let c = Infinity
        if (m.allowed[t * V + v] && len + (m.taskKind[t] === KIND_PICKUP ? 2 : 1) <= m.vMaxTasks[v]) {
          if (m.taskKind[t] === KIND_PICKUP) st.bestPairInsertion(v, t, out, blink, this.rand)
          else st.bestJobInsertion(v, t, out, blink, this.rand)
          c = st.price[0]
        }
        if (c < Infinity) {
          if (j === end) lenOf[i]++
          route[j] = v
          price[j] = c
          posP[j] = out[0]
          posQ[j] = out[1]
        } else if (j < end) {
          // drop the slot: the last one takes its place
          const k = end - 1
          route[j] = route[k]
          price[j] = price[k]
          posP[j] = posP[k]
          posQ[j] = posQ[k]
          lenOf[i]--
        } else continue
        rank(i)
      }
    }
    for (let i = 0; i < n; i++) {
      done[i] = 0
      rescan(i)
    }
    for (let left = n; left > 0; left--) {
      // the request to insert: unplaceable ones first (they are left out at once), then by
      // priority, then by regret
      let pick = -1
      let pickPrio = -Infinity
      let pickRegret = -Infinity
      for (let i = 0; i < n; i++) {
        if (done[i]) continue
        if (best[i] < 0) {
          pick = i
          break
        }
        const pr = prioOf[reqs[i]]
        const regret = regretOf[i]
        if (pr > pickPrio || (pr === pickPrio && regret > pickRegret)) {
          pick = i
          pickPrio = pr
          pickRegret = regret
        }
      }
      done[pick] = 1
      const r = reqs[pick]
      const slot = best[pick]
      if (slot < 0) {
        const pr = prio + prioOf[r]
        if (this.salvageOn && limit && (pr > limit.prio || (pr === limit.prio && count + 1 > limit.count)) && this.salvage(r, blink, canOpen)) {
          if (this.opened) used++
          canOpen = allowEmpty && (!limit || used < limit.routes)
          if (this.opened) {
            for (let i = 0; i < n; i++) if (!done[i]) rescan(i)
          } else {
            reprice(this.svA)
            if (this.svB !== this.svA) reprice(this.svB)
          }
          continue
        }
        this.unassigned.push(r)
        prio += prioOf[r]
        count++
        if (limit && (prio > limit.prio || (prio === limit.prio && count > limit.count))) {
          for (let j = 0; j < n; j++) if (!done[j]) this.unassigned.push(reqs[j])
          return false
        }
        continue
      }
      const v = route[slot]
      const found = this.found
      found.v = v
      found.p = posP[slot]
      found.q = posQ[slot]
      this.place(r)
      if (this.opened) used++
      canOpen = allowEmpty && (!limit || used < limit.routes)
      if (this.opened) {
        for (let i = 0; i < n; i++) if (!done[i]) rescan(i)
      } else reprice(v)
    }
    return true
  }

  /**
   * Request r (a job) in place of one task u of a route of r's nearest tasks, u then at its
   * cheapest place anywhere (the recreate goes on instead of stopping). The replacements tried
   * keep the times of u's neighbours feasible (r between them, a check in O(1) per task), up to
   * SALVAGE of them, cheapest first; each is checked whole (`update`: capacity too). True if one
   * worked (svA, svB: the routes changed); false with nothing changed otherwise.
   */
  private salvage(r: number, blink: number, allowEmpty: boolean): boolean {
    const m = this.m
    const st = this.st
    if (this.impossible[r]) return false
    const V = m.nVehicles
    const nb = this.neighboursOf(r)
    const stamp = ++this.stamp
    const near = this.nearStamp
    const cV = this.svV
    const cI = this.svI
    const cD = this.svD
    const loc = m.taskLoc[r]
    const service = m.taskService[r]
    let k = 0
    for (let j = 1; j < nb.length && j <= NEAR_INSERT; j++) {
      const v = st.taskRoute[nb[j]]
      if (v < 0 || near[v] === stamp) continue
      near[v] = stamp
      if (!m.allowed[r * V + v]) continue
      const { size: n, time, cost } = m.travels[m.vTravel[v]]
      const dep = st.dep[v]
      const latest = st.latest[v]
      const locs = st.locs[v]
      const len = st.tasks[v].length
      for (let i = 1; i <= len; i++) {
        // r at position i instead of u: from position i - 1's departure to position i + 1's latest arrival
        const a = locs[i - 1]
        const b = locs[i + 1]
        let arr = dep[i - 1]
        if (a >= 0) arr += time[a * n + loc]
        const sv = serviceStart(m, r, arr)
        if (sv === Infinity) continue
        if (sv + service + (b >= 0 ? time[loc * n + b] : 0) > latest[i + 1] + 1e-9) continue
        const lu = locs[i]
        let d = 0
        if (a >= 0) d += cost[a * n + loc] - cost[a * n + lu]
        if (b >= 0) d += cost[loc * n + b] - cost[lu * n + b]
        // keep the k cheapest, cheapest first (ties: the first found)
        let q: number
        if (k < SALVAGE) q = k++
        else if (d < cD[k - 1]) q = k - 1
        else continue
        while (q > 0 && cD[q - 1] > d) {
          cV[q] = cV[q - 1]
          cI[q] = cI[q - 1]
          cD[q] = cD[q - 1]
          q--
        }
        cV[q] = v
        cI[q] = i
        cD[q] = d
      }
    }
    for (let q = 0; q < k; q++) {
      const v = cV[q]
      const route = st.tasks[v]
      const i = cI[q] - 1
      const u = route[i]
      this.touch(v)
      route[i] = r
      st.taskRoute[u] = -1
      if (st.update(v)) {
        this.scan(u, blink, allowEmpty)
        if (this.place(u)) {
          this.svA = v
          this.svB = this.found.v
          return true
        }
      }
      route[i] = u
      st.taskRoute[r] = -1
      st.update(v)
    }
    return false
  }

  /** Routes serving something. */
  usedRoutes(): number {
    const tasks = this.st.tasks
    let n = 0
    for (let v = 0; v < tasks.length; v++) if (tasks[v].length > 0) n++
    return n
  }

  /**
   * Puts request r (a job, or a shipment's pickup with its delivery) at its cheapest feasible
   * place; false (and nothing changed) if there is none.
   */
  insertRequest(r: number, blink: number, allowEmpty: boolean): boolean {
    if (this.impossible[r]) return false
    this.scan(r, blink, allowEmpty)
    return this.place(r)
  }

  /**
   * Looks for request r's cheapest feasible place (and the cheapest in another route, see
   * tryIn) without changing anything: the result is in `found`.
   */
  private scan(r: number, blink: number, allowEmpty: boolean): void {
    const m = this.m
    const V = m.nVehicles
    const stamp = ++this.stamp
    const found = this.found
    found.v = -1
    found.cost = Infinity
    found.v2 = -1
    found.cost2 = Infinity
    // routes that hold one of the request's nearest tasks first: the cheapest place is nearly
    // always there; only if none fits are the other routes tried (so nothing fits is still exact)
    const near = this.nearStamp
    const st = this.st
    if (this.nearFirst && V > NEAR_ONLY_FROM) {
      // the near routes, tried in vehicle order: marked in a bit set of the fleet (a repeat sets the same
      // bit), whose set bits are then read lowest first (no sort; its words are left cleared)
      const nb = this.neighboursOf(r)
      const bits = this.nearBits
      let lo = bits.length
      let hi = -1
      for (let j = 1; j < nb.length && j <= NEAR_INSERT; j++) {
        const v = st.taskRoute[nb[j]]
        if (v < 0) continue
        near[v] = stamp
        const w = v >> 5
        bits[w] |= 1 << (v & 31)
        if (w < lo) lo = w
        if (w > hi) hi = w
      }
      for (let w = lo; w <= hi; w++) {
        let x = bits[w]
        bits[w] = 0
        while (x !== 0) {
          const low = x & -x
          x ^= low
          this.tryRoute(r, (w << 5) + 31 - Math.clz32(low), blink, allowEmpty, stamp)
        }
      }
      const count = st.count
      // one empty vehicle per class is still a candidate (the near routes are not empty): the
      // first of each class, so the pass stops once every class has had one
      if (allowEmpty) {
        const classSeen = this.classSeen
        const size = m.taskKind[r] === KIND_PICKUP ? 2 : 1
        let classes = 0
        for (let v = 0; v < V && classes < this.nClasses; v++) {
          if (count[v] !== 0 || !m.allowed[r * V + v] || size > m.vMaxTasks[v]) continue
          const cls = m.vClass[v]
          if (classSeen[cls] === stamp) continue
          classSeen[cls] = stamp
          classes++
          this.tryIn(r, v, blink)
        }
      }
      if (found.v < 0 || count[found.v] === 0) {
        for (let v = 0; v < V; v++) if (count[v] > 0 && near[v] !== stamp) this.tryRoute(r, v, blink, allowEmpty, stamp)
      }
    } else {
      for (let v = 0; v < V; v++) this.tryRoute(r, v, blink, allowEmpty, stamp)
    }
  }

  /** Puts request r where `found` says; false if there is no place. */
  private place(r: number): boolean {
    const m = this.m
    const st = this.st
    const found = this.found
    const bv = found.v
    const bp = found.p
    const bq = found.q
    const isPair = m.taskKind[r] === KIND_PICKUP
    if (bv < 0) return false
    this.touch(bv)
    const route = st.tasks[bv]
    this.opened = route.length === 0
    if (isPair) {
      insertAt(route, bq, m.taskSibling[r])
      insertAt(route, bp, r)
      st.update(bv)
    } else {
      insertAt(route, bp, r)
      st.updateInsertedJob(bv, bp)
    }
    return true
  }

  /** Best place for request r in route v, kept in `found` if cheaper than what is there. */
  private tryRoute(r: number, v: number, blink: number, allowEmpty: boolean, stamp: number): void {
    const m = this.m
    const st = this.st
    const V = m.nVehicles
    if (!m.allowed[r * V + v]) return
    const len = st.count[v]
    if (len + (m.taskKind[r] === KIND_PICKUP ? 2 : 1) > m.vMaxTasks[v]) return
    if (len === 0) {
      if (!allowEmpty) return
      const cls = m.vClass[v]
      if (this.classSeen[cls] === stamp) return
      this.classSeen[cls] = stamp
    }
    this.tryIn(r, v, blink)
  }

  /** Best place for request r in route v (allowed to take it), kept in `found` if cheaper than what is there. */
  private tryIn(r: number, v: number, blink: number): void {
    const st = this.st
    const out = this.pairOut
    const found = this.found
    let c: number
    if (this.m.taskKind[r] === KIND_PICKUP) {
      st.bestPairInsertion(v, r, out, blink, this.rand)
      c = st.price[0]
    } else {
      // a job no position of this route fits, as the route was then, fits none now if its caches are
      // the same version (no blink is drawn either way): not priced again
      const key = r * this.m.nVehicles + v
      const noFit = this.noFitAt
      if (noFit !== null && noFit[key] === st.version[v]) return
      st.bestJobInsertion(v, r, out, blink, this.rand)
      c = st.price[0]
      if (noFit !== null && st.fits[0] === 0) noFit[key] = st.version[v]
    }
    if (this.rec >= 0 && c < Infinity) {
      const j = this.rec + this.recLen++
      this.rgRoute[j] = v
      this.rgCost[j] = c
      this.rgP[j] = out[0]
      this.rgQ[j] = out[1]
    }
    if (c < found.cost) {
      found.cost2 = found.cost
      found.v2 = found.v
      found.cost = c
      found.v = v
      found.p = out[0]
      found.q = out[1]
    } else if (c < found.cost2) {
      found.cost2 = c
      found.v2 = v
    }
  }

  /** Orders the requests to reinsert (SISR: random, demand, far, close). */
  sortRequests(reqs: number[]): void {
    const m = this.m
    const key = this.sortKey
    let x = this.rand()
    if (x < SORT_BY_DEADLINE) {
      // earliest deadline first
      for (const r of reqs) key[r] = Math.min(m.twEnd[m.twOff[r + 1] - 1], Number.MAX_VALUE) + this.rand() * 1e-6
      sortByPriorityThen(reqs, m.taskPriority, key, this.bySortKey)
      return
    }
    x = (x - SORT_BY_DEADLINE) / (1 - SORT_BY_DEADLINE)
    const D = m.dims
    const tr = m.travels[0]
    const n = tr.size
    const depot = m.vStart[0] >= 0 ? m.vStart[0] : m.vEnd[0]
    if (x < 4 / 11) {
      for (const r of reqs) key[r] = this.rand()
    } else if (x < 8 / 11) {
      for (const r of reqs) {
        let s = 0
        for (let d = 0; d < D; d++) s += m.taskStartLoad[r * D + d] + m.taskAdd[r * D + d]
        key[r] = -s - this.rand() * 1e-6
      }
    } else if (x < 10 / 11 && depot >= 0) {
      for (const r of reqs) key[r] = -tr.cost[depot * n + m.taskLoc[r]]
    } else if (depot >= 0) {
      for (const r of reqs) key[r] = tr.cost[depot * n + m.taskLoc[r]]
    } else {
      for (const r of reqs) key[r] = this.rand()
    }
    sortByPriorityThen(reqs, m.taskPriority, key, this.bySortKey)
  }

  /**
   * SISR ruin: removes strings of consecutive tasks from routes near a random seed task. The
   * requests removed are appended to `removed` (a new list by default), which is returned.
   */
  ruin(avgRemoved = AVG_REMOVED, removed: number[] = [], maxString = MAX_STRING): number[] {
    const m = this.m
    const st = this.st
    const rand = this.rand
    let assigned = 0
    let nonEmpty = 0
    for (let v = 0; v < m.nVehicles; v++) {
      const len = st.tasks[v].length
      if (len > 0) {
        nonEmpty++
        assigned += len
      }
    }
    if (assigned === 0) return removed
    const avgLen = assigned / nonEmpty
    const lsMax = Math.min(maxString, avgLen)
    const ksMax = (4 * avgRemoved) / (1 + lsMax) - 1
    const ks = Math.floor(rand() * ksMax) + 1
    // seed: a random assigned task
    let seed = randInt(rand, m.nTasks)
    for (let k = 0; k < m.nTasks && st.taskRoute[seed] < 0; k++) seed = (seed + 1) % m.nTasks
    // routes ruined so far, in the order they were hit (stamped: no set per iteration)
    const ruined = this.ruinedList
    ruined.length = 0
    const stamp = ++this.stamp
    const mark = this.removedMark
    const nb = this.neighboursOf(seed)
    this.ruinAt(seed, stamp, lsMax)
    for (let k = 1; k < nb.length && ruined.length < ks; k++) this.ruinAt(nb[k], stamp, lsMax)
    // siblings of shipment tasks leave together
    for (let j = 0; j < ruined.length; j++) {
      const route = st.tasks[ruined[j]]
      for (let i = 0; i < route.length; i++) {
        const t = route[i]
        if (mark[t] && m.taskSibling[t] >= 0) mark[m.taskSibling[t]] = 1
      }
    }
    const whole = this.ruinWhole
    for (let j = 0; j < ruined.length; j++) {
      const v = ruined[j]
      this.touch(v)
      const route = st.tasks[v]
      copyInto(whole, route)
      const from = removed.length
      let w = 0
      // the old indices from the first to the last task taken out
      let a = -1
      let b = 0
      for (let i = 0; i < route.length; i++) {
        const t = route[i]
        if (mark[t]) {
          mark[t] = 0
          st.taskRoute[t] = -1
          if (m.taskKind[t] !== KIND_DELIVERY) removed.push(t)
          if (a < 0) a = i
          b = i + 1
        } else route[w++] = t
      }
      route.length = w
      if (a < 0 ? st.update(v) : st.updateWindow(v, whole, a, b)) continue
      // without the triangle inequality a route can get late by losing a stop: this one stays whole
      // (a recreate cannot repair it, and the annealing would accept it as it is)
      copyInto(route, whole)
      removed.length = from
      st.update(v)
    }
    return removed
  }

  /** ruin's step at task c: a string (or split string) of c's route, unless that route was hit already. */
  private ruinAt(c: number, stamp: number, lsMax: number): void {
    const st = this.st
    const hit = this.ruinedStamp
    const mark = this.removedMark
    const rand = this.rand
    const v = st.taskRoute[c]
    if (v < 0 || hit[v] === stamp || mark[c]) return
    hit[v] = stamp
    this.ruinedList.push(v)
    const route = st.tasks[v]
    const len = route.length
    const lMax = Math.min(len, lsMax)
    const l = Math.floor(rand() * lMax) + 1
    const pos = st.taskPos[c] - 1
    if (l < len && l > 1 && rand() < 0.5) {
      // split string: a string of l + m tasks of which m consecutive ones stay
      let keep = 1
      while (l + keep < len && rand() > SPLIT_BETA) keep++
      const total = l + keep
      const lo = Math.max(0, pos - total + 1)
      const hi = Math.min(pos, len - total)
      const start = lo + randInt(rand, hi - lo + 1)
      const keepStart = start + randInt(rand, l + 1)
      for (let i = start; i < start + total; i++) {
        if (i >= keepStart && i < keepStart + keep) continue
        mark[route[i]] = 1
      }
    } else {
      const lo = Math.max(0, pos - l + 1)
      const hi = Math.min(pos, len - l)
      const start = lo + randInt(rand, hi - lo + 1)
      for (let i = start; i < start + l; i++) mark[route[i]] = 1
    }
  }

  /** Empties one of the two shortest routes (if there are at least two); returns its requests. */
  private clearSmallRoute(): number[] {
    const st = this.st
    let a = -1
    let b = -1
    for (let v = 0; v < this.m.nVehicles; v++) {
      const len = st.tasks[v].length
      if (len === 0) continue
      if (a < 0 || len < st.tasks[a].length) {
        b = a
        a = v
      } else if (b < 0 || len < st.tasks[b].length) b = v
    }
    if (b < 0) return []
    return this.clearRoute(this.rand() < 0.5 ? a : b)
  }

  /** Tasks per used route in the current solution (0 if none is used). */
  private tasksPerRoute(): number {
    let tasks = 0
    let used = 0
    for (let v = 0; v < this.m.nVehicles; v++) {
      const len = this.st.tasks[v].length
      if (len > 0) {
        used++
        tasks += len
      }
    }
    return used > 0 ? tasks / used : 0
  }

  /** Requests (jobs and shipment pickups) in route v. */
  requestsIn(v: number): number {
    let n = 0
    for (const t of this.st.tasks[v]) if (this.m.taskKind[t] !== KIND_DELIVERY) n++
    return n
  }

  /** Removes all tasks of route v; returns its requests. */
  clearRoute(v: number): number[] {
    const st = this.st
    this.touch(v)
    const out: number[] = []
    for (const t of st.tasks[v]) {
      st.taskRoute[t] = -1
      if (this.m.taskKind[t] !== KIND_DELIVERY) out.push(t)
    }
    st.tasks[v].length = 0
    st.update(v)
    return out
  }

  snapshot(): { routes: number[][]; unassigned: number[] } {
    return { routes: this.st.tasks.map((r) => r.slice()), unassigned: this.unassigned.slice() }
  }

  restore(s: { routes: number[][]; unassigned: number[] }): void {
    const st = this.st
    st.taskRoute.fill(-1)
    s.routes.forEach((r, v) => {
      st.tasks[v].length = 0
      for (const t of r) st.tasks[v].push(t)
      st.update(v)
    })
    this.unassigned = s.unassigned.slice()
    this.commit()
  }

  private done(opts: SearchOptions): boolean {
    if (this.iterations >= opts.maxIterations) return true
    if ((this.iterations & 7) !== 0) return false
    this.clock = opts.now()
    return this.clock >= opts.deadline
  }

  /**
   * Share of the annealing done, by iterations or time. The time is the one `done` last read (at
   * most 8 iterations old): the benchmark's CPU clock costs about 3 µs a read, a few percent of
   * an iteration when read on every one.
   */
  private progress(opts: SearchOptions, t0: number, iter0: number): number {
    const byIter = opts.maxIterations < Infinity ? (this.iterations - iter0) / (opts.maxIterations - iter0) : 0
    const byTime = opts.deadline < Infinity ? (this.clock - t0) / (opts.deadline - t0) : 0
    return Math.min(1, Math.max(byIter, byTime))
  }

  static better(a: Score, b: Score): boolean {
    return better(a, b)
  }

  run(opts: SearchOptions): SearchResult {
    const m = this.m
    this.startTime = opts.now()
    this.hardDeadline = opts.deadline
    const all = this.requests.slice()
    this.sortRequests(all)
    this.unassigned = []
    this.construct(all, opts)
    this.nearFirst = true
    // a first local search on the construction, within a bounded share of the budget. No local
    // search at all when the construction alone took more than that share: a large problem on a
    // starved core, where setting the local search up and running it until interrupted (an
    // interrupted one often ends infeasible and is thrown away) costs what ruin-and-recreate
    // would have used better
    this.lsOff = this.late(opts, FIRST_LS_SHARE)
    // with fixed costs and many vehicles the first annealing goes before any local search: on
    // Gehring–Homberger r1_2_1 the local search of the construction took 581 ms of the 2 s and
    // then left the annealing too little of its 30% share for any call after route minimisation;
    // ruin-and-recreate improves a construction faster, and the local search then gets its share
    // on the annealed routes
    const annealFirst = m.hasFixedCosts && m.nVehicles > NEAR_ONLY_FROM
    const lsWas = this.lsOff
    if (annealFirst) this.lsOff = true
    else this.improve(this.slice(opts, FIRST_LS_SHARE), true, true)
    this.commit()
    let best = this.snapshot()
    let bestScore = this.score()
    if (this.requests.every((r) => this.impossible[r])) return { ...best, iterations: 0 }

    if (m.hasFixedCosts && m.nVehicles > 1) {
      // a first annealing on the construction's fleet, so that route minimisation starts from
      // routes that are already reasonable
      const t = opts.now()
      const share = hasPairs(this) ? PAIR_EARLY_SHARE : EARLY_SHARE
      const nReq0 = this.requests.length
      const sc = Math.max(1e-9, (bestScore.cost - this.fixedCostTotal()) / Math.max(1, nReq0))
      const end = {
        ...opts,
        deadline: t + (opts.deadline - t) * share,
        maxIterations: Math.min(opts.maxIterations, this.iterations + Math.floor((opts.maxIterations - this.iterations) * share)),
      }
      const r = this.anneal(end, T_START * sc, T_END * sc)
      this.lsOff = lsWas
      if (Search.better(r.score, bestScore)) {
        best = r.best
        bestScore = r.score
      }
      this.restore(best)
    }

    // route minimisation has nothing to do without fixed costs unless requests were left out
    if (m.nVehicles > 1 && (m.hasFixedCosts || this.unassigned.some((r) => !this.impossible[r]))) {
      minimiseRoutes(this, opts)
      if (!this.late(opts, FIRST_LS_SHARE)) this.improve(this.slice(opts, FIRST_LS_SHARE), false, true)
      this.commit()
      const s = this.score()
      if (Search.better(s, bestScore)) {
        best = this.snapshot()
        bestScore = s
      } else this.restore(best)
    }

    // simulated annealing over ruin & recreate: a few short independent probes from the
    // starting solution (the basin a run falls into matters more than its length), then the
    // rest of the budget from the best probe. Some recreates by regret from here on, not in the
    // first annealing: with regret there too, Gehring–Homberger 200 reached the best-known fleet
    // on 55–58 instances against 56–58 greedy (7 runs, session 20), so the fleet phase stays as it was
    this.regretShare = hasPairs(this) ? PAIR_REGRET_SHARE : REGRET_SHARE
    const nReq = this.requests.length
    const scale = Math.max(1e-9, (bestScore.cost - this.fixedCostTotal()) / Math.max(1, nReq))
    const T0 = (m.hasFixedCosts && m.nVehicles > 1 && !hasPairs(this) ? T_START_AFTER_FLEET : T_START) * scale
    const Tf = T_END * scale
    const probes = nReq >= 20 && this.probesPay(opts) ? PROBES : 0
    const start = this.snapshot()
    const t0 = opts.now()
    const iter0 = this.iterations
    const totalIter = opts.maxIterations - iter0
    const totalTime = opts.deadline - t0
    const record = (r: { best: { routes: number[][]; unassigned: number[] }; score: Score }) => {
      if (Search.better(r.score, bestScore)) {
        bestScore = r.score
        best = r.best
      }
    }
    for (let k = 0; k < probes; k++) {
      this.restore(start)
      const end = {
        ...opts,
        deadline: Math.min(opts.deadline, t0 + (totalTime * PROBE_SHARE * (k + 1))),
        maxIterations: Math.min(opts.maxIterations, iter0 + Math.floor(totalIter * PROBE_SHARE * (k + 1))),
      }
      record(this.anneal(end, T0, Tf))
      if (this.done(opts)) break
    }
    this.restore(best)
    const reserve = opts.deadline === Infinity ? 0 : FINAL_LS_SHARE * (opts.deadline - this.startTime)
    record(this.anneal({ ...opts, deadline: opts.deadline - reserve }, probes > 0 ? T0 * FINAL_T0 : T0, Tf))
    // a last local search on the best (it is cheap next to what it may still find)
    this.restore(best)
    if (this.improve(opts, !m.hasFixedCosts, true)) {
      this.commit()
      record({ best: this.snapshot(), score: this.score() })
    }
    return { ...best, iterations: this.iterations }
  }

  /**
   * The construction: every request at its cheapest place, in the given order, until the
   * deadline. On a starved core the construction alone can outlast the time limit (a "1 s" solve
   * took 8 s, another none within its limit + 10 s); what it has not tried by then stays out
   * (`untried`), and every later phase finds its deadline gone, so the solve answers in time with
   * what it has. The clock is read every CONSTRUCT_CHECK requests: the same placements as one
   * recreate of the whole list.
   */
  private construct(reqs: number[], opts: SearchOptions): void {
    for (let k = 0; k < reqs.length; k += CONSTRUCT_CHECK) {
      if (k > 0 && opts.now() >= opts.deadline) {
        for (let j = k; j < reqs.length; j++) {
          this.unassigned.push(reqs[j])
          this.untried[reqs[j]] = 1
        }
        return
      }
      this.recreate(reqs.slice(k, k + CONSTRUCT_CHECK), 0, true)
    }
  }

  /** Whether each probe would make PROBE_MIN_ITERATIONS at the annealing's rate so far (always, before any annealing). */
  private probesPay(opts: SearchOptions): boolean {
    if (opts.deadline === Infinity || this.annealTime <= 0) return true
    const expected = (this.annealIterations / this.annealTime) * (opts.deadline - opts.now())
    return Math.min(expected, opts.maxIterations - this.iterations) * PROBE_SHARE >= PROBE_MIN_ITERATIONS
  }

  /** Simulated annealing over ruin & recreate until `opts` says stop; returns its best solution. */
  private anneal(opts: SearchOptions, T0: number, Tf: number): { best: { routes: number[][]; unassigned: number[] }; score: Score } {
    let cur = this.score()
    let bestScore = cur
    let best = this.snapshot()
    const iter0 = this.iterations
    const t0 = opts.now()
    this.clock = t0
    const limit: Limit = { prio: 0, count: 0, routes: Infinity }
    const noNewRoute = this.newRouteNeverAccepted(T0)
    this.salvageOn = this.salvageGate
    const long = this.salvageGate && this.tasksPerRoute() >= LONG_ROUTE
    const avgRemoved = long ? LONG_AVG_REMOVED : AVG_REMOVED
    const maxString = long ? LONG_MAX_STRING : MAX_STRING
    while (!this.done(opts)) {
      this.iterations++
      // the requests left out before this step, for a rollback (two lists used in turn, not a copy per iteration)
      const prevUnassigned = this.prevUnassigned
      copyInto(prevUnassigned, this.unassigned)
      // a recreate that leaves out more than the current solution, or (when a vehicle's fixed
      // cost outweighs any travel saving at this temperature) uses more routes, is rejected:
      // it stops there (on Gehring–Homberger 200 at the fleet's minimum, 41–48% of recreates)
      limit.prio = cur.prio
      limit.count = cur.count
      if (noNewRoute) limit.routes = this.usedRoutes()
      // now and then try to do without a short route (SISR alone rarely empties a long one)
      const eliminate = ROUTE_ELIMINATION > 0 && this.rand() < ROUTE_ELIMINATION
      // the requests to reinsert: those of the emptied route, the ruin's, then those left out (one reused list)
      const reqs = this.reqsBuf
      reqs.length = 0
      if (eliminate) {
        const cleared = this.clearSmallRoute()
        for (let k = 0; k < cleared.length; k++) reqs.push(cleared[k])
      }
      this.ruin(avgRemoved, reqs, maxString)
      const left = this.unassigned
      for (let k = 0; k < left.length; k++) reqs.push(left[k])
      left.length = 0
      this.sortRequests(reqs)
      const whole =
        this.regretShare > 0 && this.rand() < this.regretShare
          ? this.recreateRegret(reqs, BLINK, !eliminate, limit)
          : this.recreate(reqs, BLINK, !eliminate, limit)
      let s = this.score()
      if (whole && (Search.better(s, bestScore) || this.iterations % LS_PERIOD === 0)) {
        if (this.improve(opts, !eliminate)) s = this.score()
      }
      const p = this.progress(opts, t0, iter0)
      const T = T0 * Math.pow(Tf / T0, p)
      let accept: boolean
      if (s.prio !== cur.prio) accept = s.prio < cur.prio
      else if (s.count !== cur.count) accept = s.count < cur.count
      else accept = s.cost < cur.cost - T * Math.log(this.rand())
      if (accept) {
        this.commit()
        cur = s
        if (Search.better(s, bestScore)) {
          bestScore = s
          best = this.snapshot()
        }
      } else {
        const spare = this.unassigned
        this.rollback(prevUnassigned)
        this.prevUnassigned = spare
      }
    }
    this.salvageOn = false
    this.annealIterations += this.iterations - iter0
    this.annealTime += opts.now() - t0
    return { best, score: bestScore }
  }

  /**
   * Whether no outcome with one more route can be accepted at temperatures up to T: the
   * cheapest fixed cost exceeds the whole travel cost of the current solution by 50·T (an
   * acceptance chance below e⁻⁵⁰).
   */
  private newRouteNeverAccepted(T: number): boolean {
    const m = this.m
    let minFixed = Infinity
    for (let v = 0; v < m.nVehicles; v++) if (m.vFixed[v] < minFixed) minFixed = m.vFixed[v]
    return minFixed > this.st.totalCost() - this.fixedCostTotal() + 50 * T
  }

  private fixedCostTotal(): number {
    let f = 0
    for (let v = 0; v < this.m.nVehicles; v++) if (this.st.tasks[v].length > 0) f += this.m.vFixed[v]
    return f
  }
}
