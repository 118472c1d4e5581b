import { detour, latestArrival, serviceStart, type Model } from "./model"

/**
 * Positions p in [lo, hi) whose slot can hold a stop that needs `need` (its earliest opening plus
 * service) before the next position's latest arrival: the first of them. Latest arrivals are
 * non-decreasing along a route, so a binary search.
 */
function firstSlot(latest: Float64Array, lo: number, hi: number, need: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (latest[mid + 1] + 1e-9 < need) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The last position p in [lo, hi) departed from no later than `last` (lo - 1 if none); departures are non-decreasing. */
function lastSlot(dep: Float64Array, lo: number, hi: number, last: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (dep[mid] > last + 1e-9) hi = mid
    else lo = mid + 1
  }
  return lo - 1
}

/**
 * Routes of at least this many tasks get the incremental cache update (updateWindow, and
 * updateInsertedJob after an insertion); shorter ones the whole pass, which costs less there.
 */
const INCREMENTAL_MIN_TASKS = 12

/** Whether updateWindow (after a ruin or an insertion) updates the caches incrementally rather than by `update`. */
const WINDOW_UPDATE = true

/**
 * bestPairInsertion reads the times into the pickup and the delivery along their rows (timeIn), the
 * costs as the times when the matrices are one, and the route's own arcs from arcIn: the same values,
 * fewer cache lines. false: every value from the matrices as before (the property test's reference).
 */
const PAIR_READS = true

/**
 * bestJobInsertion checks the loads before it reads anything else, and a job that fits at no
 * position by its loads returns there (even before the first stop or after the last one it does
 * not): the same answer as the empty scan. On Gehring–Homberger 200 type 1 at the fewest vehicles
 * 44–50% of its calls (README, session 35, helper "planner2"). false: the full set-up every call.
 */
const CAP_FIRST = true

/** The old window's tasks when there are none (updateInsertedJob). */
const NO_TASKS: readonly number[] = []

/**
 * A working solution: one task list per vehicle plus caches that make insertion checks O(1)
 * per position (forward departure times, backward latest arrivals, load prefix/suffix maxima).
 * Position 0 is the vehicle start, 1..len the tasks, len + 1 the end.
 */
export class RoutesState {
  readonly m: Model
  readonly tasks: number[][]
  readonly routeCost: Float64Array
  /** Route of each task, -1 when unassigned. */
  readonly taskRoute: Int32Array
  /** Position (1-based) of each assigned task in its route. */
  readonly taskPos: Int32Array
  readonly dep: Float64Array[]
  readonly latest: Float64Array[]
  readonly load: Float64Array[]
  readonly prefMax: Float64Array[]
  readonly sufMax: Float64Array[]
  /** Location of each position (start, tasks, end); -1 for an absent start or end. */
  readonly locs: Int32Array[]
  /** Tasks in each route as of its last update (a flat copy of the lengths, for loops over every vehicle). */
  readonly count: Int32Array
  /** Travel cost of the arc into each position (0 from an absent start), and the cost so far at each position: see updateWindow. */
  private readonly arcIn: Float64Array[]
  private readonly costAt: Float64Array[]
  /** Whether the last forward pass of each route found a task's window missed. */
  private readonly fwdMiss: Uint8Array
  /** Loads are integers whose sums are exact in doubles (any order of addition gives the same loads). */
  private readonly intLoads: boolean
  /**
   * What bestJobInsertion / bestPairInsertion found: the cost delta (Infinity if no place). Read
   * from here rather than returned: a double returned by a call that is not inlined is boxed, one
   * heap number per call (about a million per second in the recreates).
   */
  readonly price = new Float64Array(1)
  /**
   * Whether the last bestJobInsertion found a position whose times (and loads) fit, blinked or not: 0 means
   * no position fits, so no blink was drawn, and the answer stays Infinity while the route's caches stay as
   * they are (see version).
   */
  readonly fits = new Uint8Array(1)
  /**
   * Each route's caches' version: a new number (unique in this state) whenever update or updateWindow
   * recomputes them; a caller that puts a route's task list back as it was may put its version back too.
   */
  readonly version: Float64Array
  private versionClock = 0
  private readonly cap: number
  /**
   * Per travel matrix (m.travels), its times transposed: timeIn[tr][j * n + i] is time[i * n + j],
   * the time from i into j read along j's row (bestJobInsertion reads the times into the task at
   * every position, a column of `time`: a cache line per read). The matrix itself when symmetric.
   */
  private readonly timeIn: Float64Array[]

  constructor(m: Model) {
    this.m = m
    const V = m.nVehicles
    const cap = m.nTasks + 2
    this.cap = cap
    this.tasks = Array.from({ length: V }, () => [])
    this.routeCost = new Float64Array(V)
    this.taskRoute = new Int32Array(m.nTasks).fill(-1)
    this.taskPos = new Int32Array(m.nTasks)
    const D = Math.max(1, m.dims)
    this.dep = Array.from({ length: V }, () => new Float64Array(cap))
    this.latest = Array.from({ length: V }, () => new Float64Array(cap))
    this.load = Array.from({ length: V }, () => new Float64Array(cap * D))
    this.prefMax = Array.from({ length: V }, () => new Float64Array(cap * D))
    this.sufMax = Array.from({ length: V }, () => new Float64Array(cap * D))
    this.locs = Array.from({ length: V }, () => new Int32Array(cap))
    this.count = new Int32Array(V)
    this.version = new Float64Array(V)
    this.arcIn = Array.from({ length: V }, () => new Float64Array(cap))
    this.costAt = Array.from({ length: V }, () => new Float64Array(cap))
    this.fwdMiss = new Uint8Array(V)
    let total = 0
    let ints = true
    for (const a of [m.taskStartLoad, m.taskAdd, m.taskRemove]) {
      for (let k = 0; k < a.length; k++) {
        if (!Number.isInteger(a[k])) ints = false
        total += Math.abs(a[k])
      }
    }
    this.intLoads = ints && total < 2 ** 52
    this.timeIn = m.travels.map(({ size: n, time }) => {
      let symmetric = true
      for (let i = 0; i < n && symmetric; i++) for (let j = i + 1; j < n; j++) if (time[i * n + j] !== time[j * n + i]) { symmetric = false; break }
      if (symmetric) return time
      const t = new Float64Array(n * n)
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) t[j * n + i] = time[i * n + j]
      return t
    })
    for (let v = 0; v < V; v++) this.update(v)
  }

  /** Location of position p of route v (-1: none, i.e. an open route end). */
  locAt(v: number, p: number): number {
    const r = this.tasks[v]
    if (p === 0) return this.m.vStart[v]
    if (p === r.length + 1) return this.m.vEnd[v]
    return this.m.taskLoc[r[p - 1]]
  }

  /** Recomputes the caches and cost of route v. Returns false if the route is infeasible. */
  update(v: number): boolean {
    const m = this.m
    const r = this.tasks[v]
    const len = r.length
    this.count[v] = len
    this.version[v] = ++this.versionClock
    const { size: n, time, cost: costM } = m.travels[m.vTravel[v]]
    const dep = this.dep[v]
    const latest = this.latest[v]
    const locs = this.locs[v]
    const arcIn = this.arcIn[v]
    const costAt = this.costAt[v]
    const { twOff, twStart, twEnd, taskLoc, taskService } = m
    const { taskRoute, taskPos } = this
    const D = m.dims
    let feasible = true
    // forward: locations, departure times and cost
    let prevLoc = m.vStart[v]
    locs[0] = prevLoc
    let t = m.vTwStart[v]
    dep[0] = t
    let cost = 0
    costAt[0] = 0
    for (let i = 0; i < len; i++) {
      const task = r[i]
      const loc = taskLoc[task]
      locs[i + 1] = loc
      taskRoute[task] = v
      taskPos[task] = i + 1
      if (prevLoc >= 0) {
        t += time[prevLoc * n + loc]
        const ac = costM[prevLoc * n + loc]
        arcIn[i + 1] = ac
        cost += ac
      } else arcIn[i + 1] = 0
      costAt[i + 1] = cost
      const w0 = twOff[task]
      if (twOff[task + 1] - w0 === 1) {
        // the same tolerance as the insertion checks below
        if (t > twEnd[w0] + 1e-9) feasible = false
        if (t < twStart[w0]) t = twStart[w0]
      } else {
        const s = serviceStart(m, task, t)
        if (s === Infinity) feasible = false
        else t = s
      }
      t += taskService[task]
      dep[i + 1] = t
      prevLoc = loc
    }
    this.fwdMiss[v] = feasible ? 0 : 1
    const endLoc = m.vEnd[v]
    locs[len + 1] = endLoc
    if (prevLoc >= 0 && endLoc >= 0 && len > 0) {
      t += time[prevLoc * n + endLoc]
      cost += costM[prevLoc * n + endLoc]
    }
    if (len > 0 && t > m.vTwEnd[v] + 1e-9) feasible = false
    dep[len + 1] = t
    this.routeCost[v] = len > 0 ? cost + m.vFixed[v] : 0
    // backward: latest arrival times
    let late = m.vTwEnd[v]
    latest[len + 1] = late
    let nextLoc = endLoc
    for (let i = len - 1; i >= 0; i--) {
      const task = r[i]
      const loc = taskLoc[task]
      const bound = late - (nextLoc >= 0 ? time[loc * n + nextLoc] : 0) - taskService[task]
      const w0 = twOff[task]
      if (twOff[task + 1] - w0 === 1) {
        late = twStart[w0] <= bound ? (bound < twEnd[w0] ? bound : twEnd[w0]) : -Infinity
      } else late = latestArrival(m, task, bound)
      latest[i + 1] = late
      nextLoc = loc
    }
    latest[0] = Infinity
    if (D > 0 && !this.loads(v, len)) feasible = false
    return feasible
  }

  /** The load caches of route v (len tasks) from scratch; false if a capacity is exceeded. */
  private loads(v: number, len: number): boolean {
    const m = this.m
    const r = this.tasks[v]
    const D = m.dims
    let feasible = true
    const load = this.load[v]
    const pre = this.prefMax[v]
    const suf = this.sufMax[v]
    const { taskStartLoad: startLoad, taskAdd: add, taskRemove: remove } = m
    for (let d = 0; d < D; d++) {
      let l = 0
      for (let i = 0; i < len; i++) l += startLoad[r[i] * D + d]
      load[d] = l
      let mx = l
      pre[d] = l
      for (let i = 0; i < len; i++) {
        const k = r[i] * D + d
        l += add[k] - remove[k]
        load[(i + 1) * D + d] = l
        if (l > mx) mx = l
        pre[(i + 1) * D + d] = mx
      }
      mx = -Infinity
      for (let i = len; i >= 0; i--) {
        const x = load[i * D + d]
        if (x > mx) mx = x
        suf[i * D + d] = mx
      }
      pre[(len + 1) * D + d] = pre[len * D + d]
      suf[(len + 1) * D + d] = -Infinity
      if (pre[len * D + d] > m.vCapacity[v * D + d] + 1e-9) feasible = false
    }
    return feasible
  }

  /**
   * The caches and cost of route v after one job-like task was inserted at index `lo` of its task
   * list (position lo + 1), from the caches of the route before: updateWindow's pass with an empty
   * old window (a = b = lo), the same values as `update`, bit for bit. Returns false if infeasible.
   */
  updateInsertedJob(v: number, lo: number): boolean {
    return this.window(v, NO_TASKS, this.tasks[v].length - 1, lo, lo)
  }

  /**
   * The caches and cost of route v after the tasks at indices [a, b) of its old task list `old`
   * (the route as of its caches) were replaced by those now at [a, b + len - old.length) — e.g. a
   * ruin's string taken out, or one job put in (updateInsertedJob) — every other task where it
   * was, in the same order. The same values as `update`, bit for bit, with less work on a long
   * route: the forward pass runs from the window until a departure is as it was (every later one
   * is then as it was, shifted; positions and running costs from the cached arc costs), the
   * backward pass from the window's end down until a latest arrival below the window is as it was,
   * integer loads (exact in any order of addition) are shifted rather than summed again. `update`
   * instead for a short route, stale caches (count check) or a route that had missed a window.
   * Returns false if infeasible.
   *
   * Its time-window step and load loops repeat `update`'s: not shared through helpers on purpose,
   * as the step has two outputs (the new time and the missed-window flag) and a helper returning a
   * double that V8 does not inline boxes it, one heap number per stop (session 23's cost in the
   * recreates). Session 30 folded session 28's separate insertion update into this one (review D1).
   */
  updateWindow(v: number, old: number[], a: number, b: number): boolean {
    return this.window(v, old, old.length, a, b)
  }

  /** updateWindow with the old list's length given (updateInsertedJob: an empty window, `old` not read). */
  private window(v: number, old: readonly number[], oldLen: number, a: number, b: number): boolean {
    const r = this.tasks[v]
    const len = r.length
    const nb = b + len - oldLen
    if (!WINDOW_UPDATE || len < INCREMENTAL_MIN_TASKS || this.count[v] !== oldLen || a < 0 || a > b || b > oldLen || nb < a || this.fwdMiss[v]) return this.update(v)
    const m = this.m
    this.count[v] = len
    this.version[v] = ++this.versionClock
    const { size: n, time, cost: costM } = m.travels[m.vTravel[v]]
    const dep = this.dep[v]
    const latest = this.latest[v]
    const locs = this.locs[v]
    const arcIn = this.arcIn[v]
    const costAt = this.costAt[v]
    const { twOff, twStart, twEnd, taskLoc, taskService } = m
    const { taskPos, taskRoute } = this
    // old positions b + 1 .. oldLen + 1 (the end) become nb + 1 .. len + 1
    if (nb !== b) {
      dep.copyWithin(nb + 1, b + 1, oldLen + 2)
      locs.copyWithin(nb + 1, b + 1, oldLen + 2)
      arcIn.copyWithin(nb + 1, b + 1, oldLen + 2)
      latest.copyWithin(nb + 1, b + 1, oldLen + 2)
    }
    // forward: the window's tasks, as update
    let feasible = true
    let prevLoc = locs[a]
    let t = dep[a]
    let cost = costAt[a]
    for (let i = a; i < nb; i++) {
      const task = r[i]
      const loc = taskLoc[task]
      locs[i + 1] = loc
      taskRoute[task] = v
      taskPos[task] = i + 1
      if (prevLoc >= 0) {
        t += time[prevLoc * n + loc]
        const ac = costM[prevLoc * n + loc]
        arcIn[i + 1] = ac
        cost += ac
      } else arcIn[i + 1] = 0
      costAt[i + 1] = cost
      const w0 = twOff[task]
      if (twOff[task + 1] - w0 === 1) {
        if (t > twEnd[w0] + 1e-9) feasible = false
        if (t < twStart[w0]) t = twStart[w0]
      } else {
        const s = serviceStart(m, task, t)
        if (s === Infinity) feasible = false
        else t = s
      }
      t += taskService[task]
      dep[i + 1] = t
      prevLoc = loc
    }
    // the tasks after it: departures until one is as it was, positions and running costs to the end
    let same = false
    if (nb < len) arcIn[nb + 1] = prevLoc >= 0 ? costM[prevLoc * n + locs[nb + 1]] : 0
    for (let i = nb; i < len; i++) {
      const task = r[i]
      taskPos[task] = i + 1
      cost += arcIn[i + 1]
      costAt[i + 1] = cost
      if (same) continue
      const loc = locs[i + 1]
      if (prevLoc >= 0) t += time[prevLoc * n + loc]
      const w0 = twOff[task]
      if (twOff[task + 1] - w0 === 1) {
        if (t > twEnd[w0] + 1e-9) feasible = false
        if (t < twStart[w0]) t = twStart[w0]
      } else {
        const s = serviceStart(m, task, t)
        if (s === Infinity) feasible = false
        else t = s
      }
      t += taskService[task]
      if (t === dep[i + 1]) same = true
      else dep[i + 1] = t
      prevLoc = loc
    }
    this.fwdMiss[v] = feasible ? 0 : 1
    const endLoc = locs[len + 1]
    const lastLoc = locs[len]
    if (!same) {
      if (lastLoc >= 0 && endLoc >= 0) t += time[lastLoc * n + endLoc]
      dep[len + 1] = t
    }
    if (lastLoc >= 0 && endLoc >= 0) cost += costM[lastLoc * n + endLoc]
    if (dep[len + 1] > m.vTwEnd[v] + 1e-9) feasible = false
    this.routeCost[v] = cost + m.vFixed[v]
    // backward: from the window's last task down, until a latest arrival below the window is as it was
    let late = latest[nb + 1]
    let nextLoc = locs[nb + 1]
    for (let i = nb - 1; i >= 0; i--) {
      const task = r[i]
      const loc = taskLoc[task]
      const bound = late - (nextLoc >= 0 ? time[loc * n + nextLoc] : 0) - taskService[task]
      const w0 = twOff[task]
      if (twOff[task + 1] - w0 === 1) {
        late = twStart[w0] <= bound ? (bound < twEnd[w0] ? bound : twEnd[w0]) : -Infinity
      } else late = latestArrival(m, task, bound)
      if (i < a && late === latest[i + 1]) break
      latest[i + 1] = late
      nextLoc = loc
    }
    // loads
    const D = m.dims
    if (D > 0) {
      if (!this.intLoads) return this.loads(v, len) && feasible
      const load = this.load[v]
      const pre = this.prefMax[v]
      const suf = this.sufMax[v]
      const { taskStartLoad: startLoad, taskAdd: add, taskRemove: remove } = m
      // old positions b + 1 .. oldLen become nb + 1 .. len
      if (nb !== b) {
        load.copyWithin((nb + 1) * D, (b + 1) * D, (oldLen + 1) * D)
        suf.copyWithin((nb + 1) * D, (b + 1) * D, (oldLen + 1) * D)
      }
      for (let d = 0; d < D; d++) {
        // start loads and net changes of the window, new and old (integers: exact in any order)
        let sl = 0
        let net = 0
        for (let i = a; i < nb; i++) {
          const k = r[i] * D + d
          sl += startLoad[k]
          net += add[k] - remove[k]
        }
        for (let i = a; i < b; i++) {
          const k = old[i] * D + d
          sl -= startLoad[k]
          net -= add[k] - remove[k]
        }
        const after = sl + net
        if (sl !== 0) {
          for (let i = 0; i <= a; i++) {
            load[i * D + d] += sl
            pre[i * D + d] += sl
          }
        }
        for (let i = a; i < nb; i++) {
          const k = r[i] * D + d
          load[(i + 1) * D + d] = load[i * D + d] + (add[k] - remove[k])
        }
        if (after !== 0) {
          for (let i = nb + 1; i <= len; i++) {
            load[i * D + d] += after
            suf[i * D + d] += after
          }
        }
        let mx = pre[a * D + d]
        for (let i = a + 1; i <= len; i++) {
          const x = load[i * D + d]
          if (x > mx) mx = x
          pre[i * D + d] = mx
        }
        pre[(len + 1) * D + d] = pre[len * D + d]
        suf[(len + 1) * D + d] = -Infinity
        mx = nb + 1 <= len ? suf[(nb + 1) * D + d] : -Infinity
        for (let i = nb; i >= 0; i--) {
          const x = load[i * D + d]
          if (x > mx) mx = x
          suf[i * D + d] = mx
        }
        if (pre[len * D + d] > m.vCapacity[v * D + d] + 1e-9) feasible = false
      }
    }
    return feasible
  }

  totalCost(): number {
    let c = 0
    for (let v = 0; v < this.routeCost.length; v++) c += this.routeCost[v]
    return c
  }

  /**
   * Cost delta of inserting job-like task `t` between positions p and p+1 of route v, or Infinity
   * if infeasible. Does not check the shipment sibling (use insertPairCost for shipments).
   */
  insertCost(v: number, t: number, p: number): number {
    const m = this.m
    const D = m.dims
    if (D > 0) {
      const pre = this.prefMax[v]
      const suf = this.sufMax[v]
      for (let d = 0; d < D; d++) {
        const cap = m.vCapacity[v * D + d]
        const sl = m.taskStartLoad[t * D + d]
        if (pre[p * D + d] + sl > cap + 1e-9) return Infinity
        const delta = sl + m.taskAdd[t * D + d] - m.taskRemove[t * D + d]
        if (delta > 0 && suf[p * D + d] + delta > cap + 1e-9) return Infinity
      }
    }
    const tr = m.travels[m.vTravel[v]]
    const n = tr.size
    const a = this.locAt(v, p)
    const b = this.locAt(v, p + 1)
    const loc = m.taskLoc[t]
    let arr = this.dep[v][p]
    if (a >= 0) arr += tr.time[a * n + loc]
    const s = serviceStart(m, t, arr)
    if (s === Infinity) return Infinity
    let next = s + m.taskService[t]
    if (b >= 0) next += tr.time[loc * n + b]
    if (next > this.latest[v][p + 1] + 1e-9) return Infinity
    let delta = detour(tr.cost, n, a, loc, b)
    if (this.tasks[v].length === 0) {
      // empty route: an open side contributes nothing, and the fixed cost is paid
      delta += m.vFixed[v]
    }
    return delta
  }

  /**
   * Best insertion of shipment pickup `pt` (and its delivery) into route v. Writes the best
   * positions into out[0] (pickup after position) and out[1] (delivery after position, in the
   * original route; equal means right after the pickup). The cost delta (Infinity if none) goes
   * to `price[0]`. Improving candidates are skipped with probability `blink`.
   */
  bestPairInsertion(v: number, pt: number, out: Int32Array, blink: number, rand: () => number): void {
    const m = this.m
    const dt = m.taskSibling[pt]
    const r = this.tasks[v]
    const len = r.length
    const { size: n, time, cost: c } = m.travels[m.vTravel[v]]
    const dep = this.dep[v]
    const latest = this.latest[v]
    const locs = this.locs[v]
    const lp = m.taskLoc[pt]
    const ld = m.taskLoc[dt]
    const sp = m.taskService[pt]
    const sd = m.taskService[dt]
    const pFirst = m.twStart[m.twOff[pt]]
    const pLast = m.twEnd[m.twOff[pt + 1] - 1]
    const dFirst = m.twStart[m.twOff[dt]]
    const dLast = m.twEnd[m.twOff[dt + 1] - 1]
    const tPD = time[lp * n + ld]
    const cPD = c[lp * n + ld]
    const fixed = len === 0 ? m.vFixed[v] : 0
    let best = Infinity
    // pickup positions whose time slots can hold the pickup
    const from = firstSlot(latest, 0, len + 1, pFirst + sp)
    const to = lastSlot(dep, from, len + 1, pLast)
    const needD = dFirst + sd
    const { twOff, twStart, twEnd, taskService } = m
    const D = m.dims
    const load = this.load[v]
    const add0 = D === 1 ? m.taskAdd[pt] : 0
    const cap0 = D === 1 ? m.vCapacity[v] : 0
    const dW0 = twOff[dt]
    const dSingle = twOff[dt + 1] - dW0 === 1
    const pW0 = twOff[pt]
    const pSingle = twOff[pt + 1] - pW0 === 1
    // the same values as read from the matrices, from where they are cheaper (PAIR_READS): the times
    // into the pickup and into the delivery along their own rows (timeIn), the costs the times when
    // the cost matrix is the time matrix, the route's own arcs' costs from arcIn (positions before len)
    const reads = PAIR_READS
    const timeIn = reads ? this.timeIn[m.vTravel[v]] : time
    const costIsTime = reads && c === time
    const arcIn = this.arcIn[v]
    for (let p = from; p <= to; p++) {
      if (D === 1 ? load[p] + add0 > cap0 + 1e-9 : !this.pickupFits(v, p, pt)) continue
      const a = locs[p]
      let arr = dep[p]
      const tap = a >= 0 ? (reads ? timeIn[lp * n + a] : time[a * n + lp]) : 0
      if (a >= 0) arr += tap
      if (arr > pLast + 1e-9) continue
      // serviceStart, inline for a pickup with one window (the same comparisons)
      const sP = pSingle ? (arr <= twEnd[pW0] ? (arr > twStart[pW0] ? arr : twStart[pW0]) : Infinity) : serviceStart(m, pt, arr)
      if (sP === Infinity) continue
      const depP = sP + sp
      if (depP > dLast + 1e-9) continue
      const costP = a >= 0 ? (costIsTime ? tap : c[a * n + lp]) : 0
      const b1 = locs[p + 1]
      // the arc a -> b1 that the pickup replaces (0 from an absent start, as arcIn has it)
      const cab1 = a >= 0 && b1 >= 0 ? (reads && p < len ? arcIn[p + 1] : c[a * n + b1]) : 0
      // delivery right after the pickup
      if (dSingle ? this.deliveryFitsOne(depP + tPD, b1, dW0, sd, ld, n, time, latest[p + 1]) : this.deliveryFits(v, dt, depP + tPD, p + 1)) {
        let delta = costP + cPD + fixed
        if (b1 >= 0) {
          delta += c[ld * n + b1]
          if (a >= 0) delta -= cab1
        }
        if (delta < best && !(blink > 0 && rand() < blink)) {
          best = delta
          out[0] = out[1] = p
        }
      }
      if (p === len) continue
      // delivery later: propagate the pushed schedule through p+1 .. len
      const tPB = time[lp * n + b1]
      let t = depP + tPB
      if (t > latest[p + 1] + 1e-9) continue
      const pickupDelta = costP + (costIsTime ? tPB : c[lp * n + b1]) - cab1
      if (pickupDelta + fixed >= best) continue
      for (let q = p + 1; q <= len; q++) {
        // t is the (pushed) arrival at position q
        const task = r[q - 1]
        // serviceStart, inline for a task with one window (the same comparisons)
        const w0 = twOff[task]
        const s = twOff[task + 1] - w0 === 1 ? (t <= twEnd[w0] ? (t > twStart[w0] ? t : twStart[w0]) : Infinity) : serviceStart(m, task, t)
        const dq = s + taskService[task]
        if (dq > dLast + 1e-9) break
        if (D === 1 ? load[q] + add0 > cap0 + 1e-9 : !this.pickupFits(v, q, pt)) break
        const lq = locs[q]
        const b = locs[q + 1]
        if (latest[q + 1] + 1e-9 >= needD) {
          const tqd = reads ? timeIn[ld * n + lq] : time[lq * n + ld]
          if (dSingle ? this.deliveryFitsOne(dq + tqd, b, dW0, sd, ld, n, time, latest[q + 1]) : this.deliveryFits(v, dt, dq + tqd, q + 1)) {
            let delta = pickupDelta + (costIsTime ? tqd : c[lq * n + ld]) + fixed
            if (b >= 0) delta += c[ld * n + b] - (reads && q < len ? arcIn[q + 1] : c[lq * n + b])
            if (delta < best && !(blink > 0 && rand() < blink)) {
              best = delta
              out[0] = p
              out[1] = q
            }
          }
        }
        if (q === len) break
        const tn = dq + time[lq * n + b]
        if (tn > latest[q + 1] + 1e-9) break
        t = tn
      }
    }
    this.price[0] = best
  }

  /** Whether pickup pt's load fits on board at position q of route v. */
  private pickupFits(v: number, q: number, pt: number): boolean {
    const m = this.m
    const D = m.dims
    const load = this.load[v]
    for (let d = 0; d < D; d++) {
      if (load[q * D + d] + m.taskAdd[pt * D + d] > m.vCapacity[v * D + d] + 1e-9) return false
    }
    return true
  }

  /** deliveryFits for a delivery with one window (dW0), before location b with latest arrival `latestB`: the same comparisons. */
  private deliveryFitsOne(arrival: number, b: number, dW0: number, sd: number, ld: number, n: number, time: Float64Array, latestB: number): boolean {
    const m = this.m
    if (!(arrival <= m.twEnd[dW0])) return false
    const s = arrival > m.twStart[dW0] ? arrival : m.twStart[dW0]
    let next = s + sd
    if (b >= 0) next += time[ld * n + b]
    return next <= latestB + 1e-9
  }

  /** Whether delivery dt reached at `arrival` and put before position q of route v keeps q's latest arrival. */
  private deliveryFits(v: number, dt: number, arrival: number, q: number): boolean {
    const m = this.m
    const s = serviceStart(m, dt, arrival)
    if (s === Infinity) return false
    const tr = m.travels[m.vTravel[v]]
    const b = this.locs[v][q]
    let next = s + m.taskService[dt]
    if (b >= 0) next += tr.time[m.taskLoc[dt] * tr.size + b]
    return next <= this.latest[v][q] + 1e-9
  }

  /**
   * Cheapest feasible position for job-like task t in route v (each position skipped with
   * probability `blink`). Writes the cost delta (Infinity if none) to `price[0]` and the position to out[0].
   */
  bestJobInsertion(v: number, t: number, out: Int32Array, blink: number, rand: () => number): void {
    const m = this.m
    const D = m.dims
    const len = this.tasks[v].length
    const pre = this.prefMax[v]
    const suf = this.sufMax[v]
    // capacity first: the start load grows for positions <= p, later loads grow by delta
    let pMax = len // last position allowed by the start-load constraint
    let pMin = 0 // first position allowed by the pickup constraint
    for (let d = 0; d < D; d++) {
      const cap = m.vCapacity[v * D + d] + 1e-9
      const sl = m.taskStartLoad[t * D + d]
      const delta = sl + m.taskAdd[t * D + d] - m.taskRemove[t * D + d]
      // prefix maxima grow with p, suffix maxima shrink: binary searches
      if (sl > 0 && pre[pMax * D + d] + sl > cap) {
        // not even before the first stop (the smallest prefix maximum): no position (CAP_FIRST)
        if (CAP_FIRST && pre[d] + sl > cap) return this.noPosition()
        let lo = -1
        let hi = pMax
        while (hi - lo > 1) {
          const mid = (lo + hi) >> 1
          if (pre[mid * D + d] + sl > cap) hi = mid
          else lo = mid
        }
        pMax = lo
      }
      if (delta > 0 && pMin <= len && suf[pMin * D + d] + delta > cap) {
        // not even after the last stop (the smallest suffix maximum): no position
        if (CAP_FIRST && suf[len * D + d] + delta > cap) return this.noPosition()
        let lo = pMin
        let hi = len + 1
        while (hi - lo > 1) {
          const mid = (lo + hi) >> 1
          if (suf[mid * D + d] + delta > cap) lo = mid
          else hi = mid
        }
        pMin = hi
      }
    }
    if (CAP_FIRST && pMin > pMax) return this.noPosition()
    const { size: n, time, cost: c } = m.travels[m.vTravel[v]]
    const dep = this.dep[v]
    const latest = this.latest[v]
    const locs = this.locs[v]
    const loc = m.taskLoc[t]
    const service = m.taskService[t]
    const w0 = m.twOff[t]
    const w1 = m.twOff[t + 1]
    const firstOpen = m.twStart[w0]
    const lastClose = m.twEnd[w1 - 1]
    const single = w1 - w0 === 1
    const fixed = len === 0 ? m.vFixed[v] : 0
    let best = Infinity
    let fits = 0
    // departures and latest arrivals are non-decreasing along a route: binary-search the
    // positions whose time slots can hold the task at all
    const from = firstSlot(latest, pMin, pMax + 1, firstOpen + service)
    const to = lastSlot(dep, from, pMax + 1, lastClose)
    // the arc a -> b that an insertion replaces: cached for p < len (arcIn, 0 from an absent
    // start); with the cost matrix the time matrix, the travel times read for the checks are the
    // costs too. Missing sides count 0 (x + 0 and x - 0 are x: the same sums as adding only what exists).
    const arcIn = this.arcIn[v]
    const costIsTime = c === time
    const timeIn = this.timeIn[m.vTravel[v]]
    // the price first, from the two times just read (with the cost matrix the time matrix, every
    // Gehring–Homberger and Solomon vehicle, they are the costs) and the cached arc; the time checks
    // only for a position that would beat the best so far: a position at or above it changes
    // nothing (no blink is drawn there), feasible or not. With a symmetric matrix the time out of
    // the task towards position p + 1's stop is the time into it from there at the next position:
    // read once, carried.
    const sym = timeIn === time
    let b = from <= to ? locs[from] : -1
    let tb = b >= 0 ? time[loc * n + b] : 0
    for (let p = from; p <= to; p++) {
      const a = b
      const ta = sym ? tb : a >= 0 ? timeIn[loc * n + a] : 0
      b = locs[p + 1]
      tb = b >= 0 ? time[loc * n + b] : 0
      const ca = costIsTime ? ta : a >= 0 ? c[a * n + loc] : 0
      const cb = costIsTime ? tb : b >= 0 ? c[loc * n + b] : 0
      const cab = p < len ? arcIn[p + 1] : a >= 0 && b >= 0 ? c[a * n + b] : 0
      const delta = fixed + ca + cb - cab
      if (!(delta < best)) continue
      const arr = dep[p] + ta
      if (arr > lastClose + 1e-9) continue
      const minNext = (firstOpen > arr ? firstOpen : arr) + service + tb
      if (minNext > latest[p + 1] + 1e-9) continue
      if (!single) {
        const s = serviceStart(m, t, arr)
        if (s === Infinity) continue
        if (s + service + tb > latest[p + 1] + 1e-9) continue
      }
      fits = 1
      if (blink > 0 && rand() < blink) continue
      best = delta
      out[0] = p
    }
    this.price[0] = best
    this.fits[0] = fits
  }

  /** bestJobInsertion's answer when the loads leave no position: what its empty scan gives (nothing drawn, `out` untouched). */
  private noPosition(): void {
    this.price[0] = Infinity
    this.fits[0] = 0
  }

  /** Inserts task t after position p of route v (no cache update). */
  insertRaw(v: number, t: number, p: number): void {
    this.tasks[v].splice(p, 0, t)
    this.taskRoute[t] = v
  }
}
