import fc from "fast-check"
import { LocalSearch } from "../local-search"
import { buildModel, KIND_DELIVERY, KIND_PICKUP, type Model } from "../model"
import { createRng } from "../rng"
import { concat } from "../segment"
import type { Problem } from "../types"
import { naiveRouteCost, naiveTotal } from "./ls-naive"
import { problemArb, problemArbOf } from "./problem-arb"

const w = { tw: 3, load: 7 }

/** A stop callback that gives up after many checks: a search that cycles fails instead of hanging. */
function guard() {
  let calls = 0
  const stop = () => ++calls > 100000
  return { stop, cycled: () => calls > 100000 }
}

/** Every task on some route, shipments kept together with the pickup first (feasible or not). */
function randomRoutes(m: Model, seed: number): number[][] {
  const rand = createRng(seed)
  const routes: number[][] = Array.from({ length: m.nVehicles }, () => [])
  for (let t = 0; t < m.nTasks; t++) {
    if (m.taskKind[t] === KIND_DELIVERY) continue
    const r = routes[Math.floor(rand() * m.nVehicles)]
    const p = Math.floor(rand() * (r.length + 1))
    if (m.taskKind[t] === KIND_PICKUP) {
      const q = p + Math.floor(rand() * (r.length - p + 1))
      r.splice(q, 0, m.taskSibling[t])
    }
    r.splice(p, 0, t)
  }
  return routes
}

/** A problem's model, a local search on it under weights `w`, and random routes, from one seed. */
function setup(p: Problem, seed: number) {
  const m = buildModel(p)
  const ls = new LocalSearch(m, createRng(seed))
  ls.setWeights(w)
  return { m, ls, routes: randomRoutes(m, seed) }
}

/** The same problem without windows, capacities, skills or max_tasks, every vehicle from one depot. */
function unconstrained(p: Problem): Problem {
  const open = <T extends { time_windows?: unknown }>(x: T) => ({ ...x, time_windows: undefined })
  return {
    ...p,
    vehicles: p.vehicles.map((v) => ({
      ...v, start_index: p.vehicles[0].start_index, end_index: p.vehicles[0].end_index,
      time_window: undefined, capacity: undefined, max_tasks: undefined, skills: undefined,
    })),
    jobs: p.jobs?.map((j) => ({ ...open(j), skills: undefined })),
    shipments: p.shipments?.map((s) => ({ ...s, skills: undefined, pickup: open(s.pickup), delivery: open(s.delivery) })),
  }
}

const larger = problemArbOf({ maxLocations: 16, maxVehicles: 4, maxJobs: 25, maxShipments: 5 })
const withTasks = problemArb.filter((p: Problem) => (p.jobs?.length ?? 0) + (p.shipments?.length ?? 0) > 1)

describe("local search: every move's predicted change is the real one", () => {
  it("relocate, swap, 2-opt, 2-opt* and pair moves against a forward simulation", () => {
    fc.assert(
      fc.property(withTasks, fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        const { m, ls, routes } = setup(p, seed)
        ls.loadAll(routes)
        const R = ls.R
        const mv = ls.mv
        const base = naiveTotal(m, routes, w)
        for (let v = 0; v < m.nVehicles; v++) expect(R.pen[v]).toBeCloseTo(naiveRouteCost(m, v, routes[v], w), 6)
        let checked = 0
        const check = (delta: number, apply: () => void) => {
          if (delta === Infinity) return
          apply()
          const after = Array.from({ length: m.nVehicles }, (_, v) => R.list(v))
          expect(base + delta).toBeCloseTo(naiveTotal(m, after, w), 6)
          ls.loadAll(routes)
          checked++
        }
        for (let u = 0; u < m.nTasks; u++) {
          for (let r2 = 0; r2 < m.nVehicles; r2++) {
            for (let j = 0; j <= R.len[r2]; j++) {
              for (let k = 1; k <= 3; k++) {
                for (const rev of [false, true]) check(mv.relocate(u, k, rev, r2, j), () => mv.applyRelocate(u, k, rev, r2, j))
              }
              if (m.taskKind[u] !== 0) {
                for (const anchor of [false, true]) check(mv.pairInto(u, r2, j, anchor), () => mv.applyPairInto(u, r2))
              }
            }
          }
          for (let v = 0; v < m.nTasks; v++) {
            if (v === u) continue
            for (const [k1, k2] of [[1, 1], [2, 1], [2, 2]]) check(mv.swap(u, k1, v, k2), () => mv.applySwap(u, k1, v, k2))
          }
        }
        for (let r1 = 0; r1 < m.nVehicles; r1++) {
          for (let a = 1; a <= R.len[r1]; a++) for (let b = a + 1; b <= R.len[r1]; b++) check(mv.twoOpt(r1, a, b), () => mv.applyTwoOpt(r1, a, b))
          for (let r2 = 0; r2 < m.nVehicles; r2++) {
            for (let i = 0; i <= R.len[r1]; i++) for (let j = 0; j <= R.len[r2]; j++) check(mv.twoOptStar(r1, i, r2, j), () => mv.applyTwoOptStar(r1, i, r2, j))
          }
        }
        return checked >= 0
      }),
      { numRuns: 60, seed: 15, endOnFailure: true },
    )
  })

  it("stored chains (LsRoutes.fold) are bit for bit the chains made afresh, also after moves", () => {
    const fresh = (R: LocalSearch["R"], v: number, a: number, b: number) => {
      const out = R.seg().copy(R.node[R.tasks[v][a - 1]])
      for (let p = a + 1; p <= b; p++) concat(out, out, R.node[R.tasks[v][p - 1]], R.travel(v))
      return out
    }
    let compared = 0
    fc.assert(
      fc.property(withTasks, fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        const { m, ls, routes } = setup(p, seed)
        ls.loadAll(routes)
        const R = ls.R
        const rand = createRng(seed + 1)
        const out = R.seg()
        for (let round = 0; round < 4; round++) {
          // random first and last positions, so that rows are read, extended and cut in every order
          for (let n = 0; n < 60; n++) {
            const v = Math.floor(rand() * m.nVehicles)
            const L = R.len[v]
            if (L < 3) continue
            const a = 1 + Math.floor(rand() * (L - 2))
            const b = a + 2 + Math.floor(rand() * (L - a - 1))
            const got = R.between(out, v, a, b, v)
            const want = fresh(R, v, a, b)
            for (const k of ["first", "last", "dur", "tw", "early", "late", "cost"] as const) expect(got[k]).toBe(want[k])
            expect(Array.from(got.peak)).toEqual(Array.from(want.peak))
            expect(Array.from(got.pick)).toEqual(Array.from(want.pick))
            expect(Array.from(got.del)).toEqual(Array.from(want.del))
            compared++
          }
          // a few moves, then the rows must follow the routes
          let checks = 0
          ls.run(() => ++checks > 3)
        }
      }),
      { numRuns: 100, seed: 24, endOnFailure: true },
    )
    expect(compared).toBeGreaterThan(500)
  })

  it("moves never split a shipment, reverse it, or break skills and max_tasks", () => {
    fc.assert(
      fc.property(withTasks, fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        const { m, ls, routes } = setup(p, seed)
        // start from routes that respect skills and max_tasks, so the rules can only be broken by a move
        const fits = routes.every((r, v) => r.length <= m.vMaxTasks[v] && r.every((t) => m.allowed[t * m.nVehicles + v]))
        fc.pre(fits)
        ls.loadAll(routes)
        const g = guard()
        ls.run(g.stop)
        expect(g.cycled()).toBe(false)
        const R = ls.R
        for (let v = 0; v < m.nVehicles; v++) {
          const list = R.list(v)
          expect(list.length).toBeLessThanOrEqual(m.vMaxTasks[v])
          list.forEach((t, k) => {
            expect(m.allowed[t * m.nVehicles + v]).toBe(1)
            if (m.taskKind[t] === KIND_PICKUP) expect(list.indexOf(m.taskSibling[t])).toBeGreaterThan(k)
          })
        }
        const all = Array.from({ length: m.nVehicles }, (_, v) => R.list(v)).flat().sort((a, b) => a - b)
        expect(all).toEqual(routes.flat().sort((a, b) => a - b))
      }),
      { numRuns: 150, seed: 16, endOnFailure: true },
    )
  })

  it("the early rejections only ever skip moves that would not help", () => {
    // without windows or capacities every route is clean: the travel-cost test decides most moves
    fc.assert(
      fc.property(larger, fc.integer({ min: 1, max: 1000 }), fc.boolean(), (p, seed, free) => {
        const m = buildModel(free ? unconstrained(p) : p)
        const routes = randomRoutes(m, seed)
        const run = (prefilter: boolean) => {
          const ls = new LocalSearch(m, createRng(seed))
          ls.mv.prefilter = prefilter
          ls.setWeights(w)
          ls.loadAll(routes)
          ls.run(guard().stop)
          return Array.from({ length: m.nVehicles }, (_, v) => ls.R.list(v))
        }
        expect(run(true)).toEqual(run(false))
      }),
      { numRuns: 150, seed: 18, endOnFailure: true },
    )
  })

  it("pairInto's place bound only skips places that could not be taken (squeeze-like weights too)", () => {
    // every shipment side into every route at every anchor: with the bound (prefilter) and without
    // it the same decision, and when a place is taken the same change bit for bit and the same places;
    // when no place is taken, none of the places improves by the naive count either
    const withPairs = problemArbOf({ maxLocations: 12, maxVehicles: 3, maxJobs: 4, maxShipments: 7 })
      .filter((p: Problem) => (p.shipments?.length ?? 0) > 0)
    let taken = 0
    fc.assert(
      fc.property(withPairs, fc.integer({ min: 1, max: 1000 }), fc.constantFrom(0.01, 3, 1e4, 1e8), fc.constantFrom(0.01, 7, 1e6), (p, seed, tw, load) => {
        const m = buildModel(p)
        const routes = randomRoutes(m, seed)
        const weights = { tw, load }
        const ls = new LocalSearch(m, createRng(seed))
        ls.setWeights(weights)
        ls.loadAll(routes)
        const R = ls.R
        const mv = ls.mv
        const base = naiveTotal(m, routes, weights)
        for (let u = 0; u < m.nTasks; u++) {
          if (m.taskKind[u] === 0) continue
          for (let r2 = 0; r2 < m.nVehicles; r2++) {
            for (let j = 0; j <= R.len[r2]; j++) {
              for (const anchor of [false, true]) {
                mv.prefilter = false
                const ref = mv.pairInto(u, r2, j, anchor)
                const refAt = { ...mv.pairAt }
                mv.prefilter = true
                const got = mv.pairInto(u, r2, j, anchor)
                expect(got < -1e-7).toBe(ref < -1e-7)
                if (ref < -1e-7) {
                  taken++
                  expect(got).toBe(ref)
                  expect(mv.pairAt).toEqual(refAt)
                } else if (tw < 1e8) {
                  // no place of this anchor improves (naive route costs)
                  const P = m.taskKind[u] === KIND_PICKUP ? u : m.taskSibling[u]
                  const D = m.taskSibling[P]
                  const r1 = R.routeOf[P]
                  if (r1 === r2 || R.len[r2] + 2 > m.vMaxTasks[r2] || !m.allowed[P * m.nVehicles + r2]) continue
                  const from = routes[r1].filter((t) => t !== P && t !== D)
                  const places = anchor ? Array.from({ length: j + 1 }, (_, p) => [p, j]) : Array.from({ length: R.len[r2] - j + 1 }, (_, q) => [j, j + q])
                  for (const [pp, qq] of places) {
                    const to = routes[r2].slice()
                    to.splice(qq, 0, D)
                    to.splice(pp, 0, P)
                    if (from.length === 0 && naiveRouteCost(m, r2, to, { tw: 1e9, load: 1e9 }) > naiveRouteCost(m, r2, to, { tw: 0, load: 0 }) + 1e-6) continue
                    const after = routes.map((r, v) => (v === r1 ? from : v === r2 ? to : r))
                    expect(naiveTotal(m, after, weights) - base).toBeGreaterThan(-1e-6 * Math.max(1, Math.abs(base)))
                  }
                }
              }
            }
          }
        }
      }),
      { numRuns: 200, seed: 20, endOnFailure: true },
    )
    expect(taken).toBeGreaterThan(100)
  })

  it("a run never makes the penalised cost worse and ends where no move helps", () => {
    fc.assert(
      fc.property(withTasks, fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        const { m, ls, routes } = setup(p, seed)
        ls.loadAll(routes)
        const before = naiveTotal(m, routes, w)
        const g = guard()
        ls.run(g.stop)
        expect(g.cycled()).toBe(false)
        const after = Array.from({ length: m.nVehicles }, (_, v) => ls.R.list(v))
        expect(naiveTotal(m, after, w)).toBeLessThanOrEqual(before + 1e-6)
        // a second run from the result finds nothing more
        expect(ls.run(guard().stop)).toBe(0)
      }),
      { numRuns: 100, seed: 17, endOnFailure: true },
    )
  })

  it("after heavier weights, looking again only at the pairs touching infeasible routes leaves no move that helps", () => {
    // what the repair relies on: moves between clean routes keep their value whatever the weights
    fc.assert(
      fc.property(larger, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 2, max: 1000 }), (p, seed, factor) => {
        const m = buildModel(p)
        const ls = new LocalSearch(m, createRng(seed))
        ls.setWeights({ tw: 0.01, load: 0.01 })
        ls.loadAll(randomRoutes(m, seed))
        ls.run(guard().stop)
        ls.setWeights({ tw: 0.01 * factor, load: 0.01 * factor })
        ls.markDirty()
        ls.run(guard().stop, true)
        // a full pass (every pair, every route) finds nothing more
        expect(ls.run(guard().stop)).toBe(0)
      }),
      { numRuns: 100, seed: 19, endOnFailure: true },
    )
  })
})
