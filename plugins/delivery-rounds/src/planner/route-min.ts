import { Ejector, type EjectionPlan } from "./ejection"
import { KIND_PICKUP } from "./model"
import { randInt } from "./rng"
import { better } from "./score"
import type { Search, SearchOptions } from "./search"
import { Squeezer } from "./squeeze"

/** Most requests one ejection may take out (Nagata & Bräysy use up to 5; 3 keeps the walk cheap). */
const MAX_EJECT = 3
/** Walk nodes allowed to one route's ejection search. */
const EJECT_BUDGET = 4000
/** Nearest tasks whose routes are candidates for an ejection. */
const NEAR = 20
/** Feasible ruin-and-recreate steps that shake the solution after each ejection. */
const PERTURB_STEPS = 1
/** Average requests a perturbation step takes out (a small shake, not a new solution). */
const PERTURB_REMOVED = 4
/** An attempt whose pool once got this small may run past its own deadline (up to the phase's). */
const CLOSE_POOL = 2
/**
 * ... but only while the pool's smallest size went down within this many of the attempt's own
 * share: on r1_2_1 an attempt held one request in the pool for 655 ms of 2 s and failed.
 */
const STALL_STEPS = 2
/**
 * Random feasible relocations after each ejection when the problem has shipments (guided
 * ejection search's perturbation, Nagata & Kobayashi 2010), on top of the ruin-and-recreate step.
 * On the 21 Li & Lim 200 instances that missed the best-known fleet, one long attempt reached it
 * on 5 without relocations, 6 with 10, 8 with 50 (one run each: small numbers, see the README).
 */
const PAIR_SHAKE = 50
/** Stop checks (each after 8 tasks looked at) a squeeze's local search gets: a few passes over the routes it changed. */
const SQUEEZE_CHECKS = 50
/**
 * After this many squeezes in a row failed, only one request in SQUEEZE_SPARSE is squeezed (until
 * one succeeds): late in a hard attempt nearly every squeeze fails, and the ejections are cheaper.
 */
const SQUEEZE_PATIENCE = 20
const SQUEEZE_SPARSE = 8
/**
 * With shipments the ejection chosen is the one with the smallest penalty sum over every k <=
 * MAX_EJECT (guided ejection search's choice, Nagata & Kobayashi 2010), not the first k that has a
 * plan: once counters have grown, two easy requests rather than one that keeps coming back. The
 * passes after a plan was found look only for exactly k ejections that can beat its sum (a walk
 * cut by the smallest counters left, `Ejector.fit`'s `exact`) and get LEX_BUDGET nodes per route.
 * README, session 34 (helper "planner").
 */
const LEX_PSUM = true
const LEX_BUDGET = 1000

export interface Deadline {
  now: () => number
  at: number
  /** Iteration cap shared with the search (counts ejections and perturbation steps). */
  maxIterations: number
  /** When the pool has come close to empty, `at` may move this far, up to `latest`. */
  step?: number
  latest?: number
  /** `at` moves here once it has passed if the pool has by then got down to `closePool` requests. */
  grown?: number
  closePool?: number
  /** The attempt gives up once this time has passed if its pool has never got down to `hopelessPool` requests. */
  hopelessAt?: number
  hopelessPool?: number
}

/**
 * Ejection-pool route minimisation (Nagata & Bräysy 2009; guided ejection search for shipments,
 * Nagata & Kobayashi 2010). A route is emptied into a pool; its requests go back one by one
 * (last in, first out) at their cheapest feasible place, or, when none exists, in exchange for
 * up to MAX_EJECT requests of one route chosen to minimise the ejected requests' penalty
 * counters — a counter grows each time its request cannot be placed, so the hard ones end up
 * placed and the easy ones wander. A couple of feasible ruin-and-recreate steps after each
 * ejection keep the search from cycling.
 */
export class RouteMinimiser {
  private readonly s: Search
  private readonly ejector: Ejector
  private readonly counters: Float64Array
  private readonly nearRoutes: Uint8Array
  private readonly out = new Int32Array(2)
  /** A route's tasks before a relocation took a request out (see shake). */
  private readonly saved: number[] = []
  private squeezer: Squeezer | null = null
  /** Squeezes failed in a row, and squeezes skipped since the last one tried. */
  private squeezeFails = 0
  private squeezeSkips = 0
  /** Random relocations after each ejection. */
  private readonly shakes: number
  /** Whether requests that fit nowhere are squeezed before ejections (only measured with shipments so far). */
  private readonly squeezes: boolean
  /** Whether an ejection minimises the penalty sum over every k (LEX_PSUM; only measured with shipments). */
  private readonly lex: boolean
  minPool = Infinity

  constructor(s: Search) {
    this.s = s
    this.ejector = new Ejector(s.m)
    this.counters = new Float64Array(s.m.nTasks)
    this.nearRoutes = new Uint8Array(s.m.nVehicles)
    this.shakes = hasPairs(s) ? PAIR_SHAKE : 0
    this.squeezes = hasPairs(s)
    this.lex = LEX_PSUM && hasPairs(s)
  }

  /** A used route to empty: short ones are likelier. */
  pickRoute(): number {
    const st = this.s.st
    const used: number[] = []
    for (let v = 0; v < st.tasks.length; v++) if (st.tasks[v].length > 0) used.push(v)
    used.sort((a, b) => st.tasks[a].length - st.tasks[b].length || a - b)
    const x = this.s.rand()
    return used[Math.floor(x * x * used.length)]
  }

  /** Non-empty routes. */
  routes(): number {
    let n = 0
    for (const r of this.s.st.tasks) if (r.length > 0) n++
    return n
  }

  /** Empties route v and tries to place its requests elsewhere; on failure everything is put back. */
  removeRoute(v: number, until: Deadline): boolean {
    const s = this.s
    const before = s.snapshot()
    const pool = s.clearRoute(v)
    s.commit()
    if (this.insertPool(pool, until)) return true
    s.restore(before)
    return false
  }

  /**
   * Places every request of `pool` without opening a route. True when the pool empties before
   * the deadline; otherwise the requests still in the pool are left unassigned.
   */
  insertPool(pool: number[], until: Deadline): boolean {
    const s = this.s
    const m = s.m
    this.counters.fill(1)
    this.minPool = Infinity
    this.squeezeFails = this.squeezeSkips = 0
    let gainAt = 0
    while (pool.length > 0) {
      if (s.iterations < until.maxIterations && (s.iterations & 7) === 0 && until.step && until.latest && this.minPool <= CLOSE_POOL) {
        const now = until.now()
        if (now >= until.at && until.at < until.latest && now - gainAt < STALL_STEPS * until.step) until.at = Math.min(until.latest, now + until.step)
      }
      if ((s.iterations & 7) === 0 && until.grown !== undefined && until.grown > until.at && this.minPool <= (until.closePool ?? 0) && until.now() >= until.at) until.at = until.grown
      const hopeless = until.hopelessAt !== undefined && this.minPool > (until.hopelessPool ?? 0)
      if (s.iterations >= until.maxIterations || ((s.iterations & 7) === 0 && until.now() >= (hopeless ? Math.min(until.at, until.hopelessAt as number) : until.at))) {
        s.unassigned.push(...pool)
        return false
      }
      s.iterations++
      if (pool.length < this.minPool) {
        this.minPool = pool.length
        if (until.step) gainAt = until.now()
      }
      const r = pool.pop() as number
      if (s.insertRequest(r, 0, false)) {
        s.commit()
        continue
      }
      if (this.squeezes && this.squeeze(r, until)) {
        s.commit()
        continue
      }
      this.counters[r]++
      const plan = this.bestEjection(r)
      if (!plan || !this.apply(plan)) {
        // fits no used route even alone (or only on its windows' hull): try it again after the others have moved
        pool.unshift(r)
        if (pool.length === 1) {
          s.unassigned.push(...pool)
          return false
        }
      } else {
        const st = s.st
        for (const e of plan.ejected) {
          st.taskRoute[e] = -1
          if (m.taskSibling[e] >= 0) st.taskRoute[m.taskSibling[e]] = -1
          pool.push(e)
        }
        s.commit()
      }
      this.perturb()
      if (this.shakes > 0) this.shake(this.shakes)
    }
    return true
  }

  /**
   * Gives the plan's route its new task list; false (nothing changed) when the exact check
   * refuses it: the walk takes a task's several windows as their hull, so a plan can wait for a
   * window in a gap between two.
   */
  private apply(plan: EjectionPlan): boolean {
    const s = this.s
    const st = s.st
    const v = plan.route
    const old = st.tasks[v]
    s.touch(v)
    for (const t of old) st.taskRoute[t] = -1
    st.tasks[v] = plan.tasks
    if (st.update(v)) return true
    for (const t of plan.tasks) st.taskRoute[t] = -1
    st.tasks[v] = old
    st.update(v)
    s.commit()
    return false
  }

  /** Request r fits nowhere as things are: squeeze it into a route near it (see Squeezer). */
  private squeeze(r: number, until: Deadline): boolean {
    const s = this.s
    if (this.squeezeFails >= SQUEEZE_PATIENCE && ++this.squeezeSkips < SQUEEZE_SPARSE) return false
    this.squeezeSkips = 0
    const near = this.markNear(r)
    const routes: number[] = []
    for (let v = 0; v < near.length; v++) if (near[v] && s.st.tasks[v].length > 0) routes.push(v)
    if (routes.length === 0) return false
    if (!this.squeezer) this.squeezer = new Squeezer(s.getImprover())
    let checks = 0
    const stop = () => ++checks > SQUEEZE_CHECKS || ((checks & 15) === 0 && until.now() >= until.at)
    const ok = this.squeezer.run(s.st, r, routes, (v) => s.touch(v), stop)
    this.squeezeFails = ok ? 0 : this.squeezeFails + 1
    return ok
  }

  /**
   * Random feasible relocations, whatever their cost (the perturbation of guided ejection search):
   * a request moves to its cheapest feasible place in the route of one of its nearest tasks.
   */
  shake(moves: number): void {
    const s = this.s
    const m = s.m
    const st = s.st
    const V = m.nVehicles
    const reqs = s.requests
    const out = this.out
    for (let i = 0; i < moves; i++) {
      const r = reqs[randInt(s.rand, reqs.length)]
      const v = st.taskRoute[r]
      if (v < 0) continue
      const nb = s.neighboursOf(r)
      if (nb.length < 2) continue
      const w = st.taskRoute[nb[1 + randInt(s.rand, Math.min(NEAR, nb.length - 1))]]
      const pair = m.taskKind[r] === KIND_PICKUP
      if (w < 0 || w === v || !m.allowed[r * V + w] || st.tasks[w].length + (pair ? 2 : 1) > m.vMaxTasks[w]) continue
      // w's best place first: it depends on w alone, and most relocations find none — v is then
      // left as it is rather than emptied of r and rebuilt (the same outcome, two updates fewer)
      if (pair) st.bestPairInsertion(w, r, out, 0, s.rand)
      else st.bestJobInsertion(w, r, out, 0, s.rand)
      if (st.price[0] === Infinity) continue
      const route = st.tasks[v]
      const saved = this.saved
      saved.length = 0
      const sib = m.taskSibling[r]
      let k = 0
      for (let i = 0; i < route.length; i++) {
        const t = route[i]
        saved.push(t)
        if (t !== r && t !== sib) route[k++] = t
      }
      route.length = k
      st.taskRoute[r] = -1
      if (sib >= 0) st.taskRoute[sib] = -1
      // without the triangle inequality a route can get longer, even late, by losing a stop
      if (!st.update(v)) {
        route.length = 0
        for (const t of saved) route.push(t)
        st.update(v)
        continue
      }
      const to = st.tasks[w]
      if (pair) {
        to.splice(out[1], 0, sib)
        to.splice(out[0], 0, r)
      } else to.splice(out[0], 0, r)
      st.update(w)
    }
  }

  /**
   * The ejection with the smallest penalty sum over every used route (ties: cheaper); without
   * `lex`, at the smallest k that has one.
   */
  private bestEjection(r: number): EjectionPlan | null {
    const s = this.s
    const m = s.m
    const st = s.st
    const V = m.nVehicles
    const near = this.markNear(r)
    let best: EjectionPlan | null = null
    // every counter is at least 1: k + 1 ejections cannot beat a sum of k + 1
    for (let k = 1; k <= MAX_EJECT && (!best || (this.lex && best.psum > k + 1)); k++) {
      const budget = best ? LEX_BUDGET : EJECT_BUDGET
      for (let v = 0; v < V; v++) {
        const tasks = st.tasks[v]
        if (tasks.length === 0 || !near[v] || !m.allowed[r * V + v]) continue
        const bound = best ? best.psum : Infinity
        const plan = this.ejector.fit(r, v, tasks, this.counters, k, bound, st.routeCost[v] - m.vFixed[v], budget, this.lex && k > 1)
        if (plan && (!best || plan.psum < best.psum || (plan.psum === best.psum && plan.cost < best.cost))) best = plan
      }
    }
    return best
  }

  /** Marks (in nearRoutes) the routes that hold one of the request's nearest tasks: the others are too far to matter. */
  private markNear(r: number): Uint8Array {
    const s = this.s
    const m = s.m
    const st = s.st
    const near = this.nearRoutes
    near.fill(0)
    for (const t of m.taskSibling[r] >= 0 ? [r, m.taskSibling[r]] : [r]) {
      const nb = s.neighboursOf(t)
      for (let k = 1; k < nb.length && k <= NEAR; k++) if (st.taskRoute[nb[k]] >= 0) near[st.taskRoute[nb[k]]] = 1
    }
    return near
  }

  /** A few ruin-and-recreate steps that may not leave anything out nor open a route. */
  private perturb(): void {
    const s = this.s
    for (let k = 0; k < PERTURB_STEPS; k++) {
      const prev = s.unassigned.slice()
      const removed = s.ruin(PERTURB_REMOVED)
      s.sortRequests(removed)
      // stops at the first request left out: the step is rolled back then anyway
      let prio = 0
      for (const r of prev) prio += s.m.taskPriority[r]
      s.recreate(removed, 0.01, false, { prio, count: prev.length, routes: Infinity })
      if (s.unassigned.length > prev.length) s.rollback(prev)
      else s.commit()
    }
  }
}

/** Longest share of the budget route minimisation may take. */
export const MAX_SHARE = 0.6
/** ... with shipments (see PAIR_EARLY_SHARE in search.ts). */
const PAIR_MAX_SHARE = 0.8
/** Share of the budget one route-removal attempt gets at least. */
const ATTEMPT_SHARE = 0.12
/**
 * With shipments an attempt gets more, and a failed one is followed by another (on another
 * route, from the best solution) while the failure came close: its pool got down to RETRY_POOL
 * requests or fewer. The last requests of a pool of pickup-and-delivery pairs are much harder
 * to place than single jobs: on the Li & Lim 200 instances above the best-known fleet the one
 * attempt of 0.12 mostly ended with 1 to 3 requests in the pool.
 */
const PAIR_ATTEMPT_SHARE = 0.2
const RETRY_POOL = 3
/**
 * ... or this many times what the previous successful removal took, if more — but past its
 * share an attempt only goes on when its pool has got down to RETRY_POOL requests: on lc109 a
 * removal to 9 routes took 230–720 ms and the hopeless one to 8 that followed (its pool never
 * below 5) then ran to the phase's end, leaving the distance phase ~500 ms (gaps 2–17%).
 */
const ATTEMPT_GROWTH = 3
/**
 * Without shipments, a removal attempt whose pool has not got down to HOPELESS_RATIO of the
 * route's requests (or RETRY_POOL, if more) within HOPELESS_SHARE of its share gives up there,
 * and its time goes to distance. With shipments it was measured and withdrawn: on Li & Lim 200
 * (seed 1) every successful attempt got there within 46 ms of its ~350 ms share, and the last,
 * failing attempt on LC2/LR2/LRC2 kept 10–30 requests in its pool to the end, but at seed 2 the
 * rule reached the best-known fleet on 5 fewer instances than main (it ends the phase where a
 * near miss would have been retried). See the README, session 17.
 */
const HOPELESS_SHARE = 0.3
const HOPELESS_RATIO = 0.5
/**
 * Without shipments, when a route removal succeeds, up to this many removals of other routes are
 * tried from the same solution, each within twice the time and iterations the first took, and the
 * cheapest success goes on (the routes left differ, and so does what the distance phase starts
 * from). Gehring–Homberger 200 at 2 s of CPU against the single removal in the same runs: README,
 * sessions 26–27.
 */
const EXTRA_REMOVALS = 3

/**
 * Fewer vehicles, when the objective asks for it: first the requests left out for want of room
 * go through the ejection pool; then, when vehicles have fixed costs, routes are emptied one at
 * a time while that succeeds and pays. A removal attempt gets a share of the budget that grows
 * with how long the last success took; the first failure ends the phase (with shipments, the
 * first that did not come close), so easy instances hand most of the time back to distance
 * minimisation. Keeps the best solution by score.
 */
export function minimiseRoutes(s: Search, opts: SearchOptions): void {
  const m = s.m
  const t0 = opts.now()
  const total = opts.deadline - t0
  const iter0 = s.iterations
  const pairs = hasPairs(s)
  const share = pairs ? PAIR_MAX_SHARE : MAX_SHARE
  const iterCap = opts.maxIterations === Infinity ? Infinity : iter0 + Math.floor((opts.maxIterations - iter0) * share)
  const end: Deadline = { now: opts.now, at: t0 + total * share, maxIterations: iterCap }
  const rm = new RouteMinimiser(s)
  let best = s.snapshot()
  let bestScore = s.score()
  const left = s.unassigned.filter((r) => !s.impossible[r])
  if (left.length > 0) {
    s.unassigned = s.unassigned.filter((r) => s.impossible[r])
    rm.insertPool(left, end)
    const sc = s.score()
    if (better(sc, bestScore)) {
      best = s.snapshot()
      bestScore = sc
    } else s.restore(best)
  }
  if (!m.hasFixedCosts) return
  let lastSuccess = 0
  while (rm.routes() > 1 && opts.now() < end.at && s.iterations < iterCap) {
    const start = opts.now()
    const iterStart = s.iterations
    const base = total * (pairs ? PAIR_ATTEMPT_SHARE : ATTEMPT_SHARE)
    const step = Math.max(base, ATTEMPT_GROWTH * lastSuccess)
    const at = Math.min(end.at, start + base)
    const grown = Math.min(end.at, start + step)
    const v = rm.pickRoute()
    const hopelessPool = Math.max(RETRY_POOL, Math.floor(HOPELESS_RATIO * s.requestsIn(v)))
    const hopeless = opts.deadline === Infinity || pairs ? {} : { hopelessAt: start + HOPELESS_SHARE * base, hopelessPool }
    const ok = rm.removeRoute(v, { ...end, at, step, latest: end.at, grown, closePool: RETRY_POOL, ...hopeless })
    if (!ok) {
      if (pairs && rm.minPool <= RETRY_POOL) continue
      break
    }
    let sc = s.score()
    const took = opts.now() - start
    if (!pairs && better(sc, bestScore)) {
      // other removals from the same solution, the cheapest success going on
      const tookIter = s.iterations - iterStart
      let kept = s.snapshot()
      const tried = [v]
      for (let j = 0; j < EXTRA_REMOVALS && opts.now() < end.at && s.iterations < iterCap; j++) {
        s.restore(best)
        let w = rm.pickRoute()
        for (let tries = 0; tries < 5 && tried.includes(w); tries++) w = rm.pickRoute()
        if (tried.includes(w)) break
        tried.push(w)
        const at2 = opts.deadline === Infinity ? Infinity : Math.min(end.at, opts.now() + 2 * took + 1)
        const cap2 = Math.min(iterCap, s.iterations + 2 * tookIter + 8)
        if (rm.removeRoute(w, { now: opts.now, at: at2, maxIterations: cap2 })) {
          const sc2 = s.score()
          if (better(sc2, sc)) {
            sc = sc2
            kept = s.snapshot()
          }
        }
      }
      s.restore(kept)
    }
    if (!better(sc, bestScore)) {
      s.restore(best)
      break
    }
    best = s.snapshot()
    bestScore = sc
    lastSuccess = took
  }
}

/** Whether the problem has shipments (pickup and delivery pairs). */
export function hasPairs(s: Search): boolean {
  return s.requests.some((r) => s.m.taskKind[r] === KIND_PICKUP)
}
