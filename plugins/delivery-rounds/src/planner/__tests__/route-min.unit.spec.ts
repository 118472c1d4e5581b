import fc from "fast-check"
import { Ejector } from "../ejection"
import { KIND_DELIVERY, KIND_PICKUP, buildModel } from "../model"
import { minimiseRoutes, RouteMinimiser, type Deadline } from "../route-min"
import { better } from "../score"
import { Search } from "../search"
import { Squeezer } from "../squeeze"
import type { Problem } from "../types"
import { RefEjector } from "./ejection-ref"
import { problemArbOf } from "./problem-arb"

/** Every route passes the solver's exact check, each pickup precedes its delivery, each task is placed or left out once. */
function expectSound(s: Search): void {
  const m = s.m
  const seen = new Int32Array(m.nTasks)
  for (let v = 0; v < m.nVehicles; v++) {
    expect(s.st.update(v)).toBe(true)
    s.st.tasks[v].forEach((t, i) => {
      seen[t]++
      expect(s.st.taskRoute[t]).toBe(v)
      if (m.taskKind[t] === KIND_PICKUP) expect(s.st.tasks[v].indexOf(m.taskSibling[t])).toBeGreaterThan(i)
    })
  }
  for (const r of s.unassigned) {
    expect(m.taskKind[r]).not.toBe(KIND_DELIVERY)
    seen[r]++
    if (m.taskSibling[r] >= 0) seen[m.taskSibling[r]]++
  }
  expect(Array.from(seen).every((k) => k === 1)).toBe(true)
}

/** A search holding the construction (every request at its cheapest place, in the usual order). */
function constructed(p: Problem, seed: number): Search {
  const s = new Search(buildModel(p), seed)
  s.recreate(s.requests.slice(), 0, true)
  s.commit()
  return s
}

describe("route minimisation with shipments (ejections and random relocations)", () => {
  it("relocates requests at random without breaking a route, even on matrices without the triangle inequality", () => {
    const arb = problemArbOf({ maxLocations: 12, maxVehicles: 5, maxJobs: 8, maxShipments: 8 })
    let moved = 0
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        const s = constructed(p, seed)
        const before = JSON.stringify(s.st.tasks)
        new RouteMinimiser(s).shake(200)
        if (JSON.stringify(s.st.tasks) !== before) moved++
        expectSound(s)
      }),
      { numRuns: 200, seed: 16 },
    )
    expect(moved).toBeGreaterThan(20)
  })

  it("leaves only feasible routes, each pickup before its delivery on one route, nothing lost, never a worse score", () => {
    const arb = problemArbOf({ maxLocations: 12, maxVehicles: 5, maxJobs: 6, maxShipments: 8 }).map((p) => ({
      ...p,
      vehicles: p.vehicles.map((v) => ({ ...v, costs: { fixed: 1000 } })),
    }))
    let shrunk = 0
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        fc.pre((p.shipments?.length ?? 0) > 0)
        const s = constructed(p, seed)
        const before = s.score()
        const routes = s.usedRoutes()
        minimiseRoutes(s, { seed, deadline: Infinity, maxIterations: s.iterations + 400, now: () => 0 })
        if (s.usedRoutes() < routes) shrunk++
        expect(better(before, s.score())).toBe(false)
        expect(s.usedRoutes()).toBeLessThanOrEqual(routes)
        expectSound(s)
      }),
      { numRuns: 120, seed: 15 },
    )
    // the property is about something: some runs did remove a route
    expect(shrunk).toBeGreaterThan(0)
  })

  it("makes no ejection that fits only on the hull of a task's windows", () => {
    // found by the property above (session 16): the ejection walk saw the pickup's [[0, 0], [179, 241]]
    // as [0, 241] and put the other shipment where the exact check refuses it
    const p: Problem = {
      vehicles: [{ id: 1, start_index: 0, capacity: [0], costs: { fixed: 1000 } }],
      jobs: [],
      shipments: [
        { pickup: { id: 100, location_index: 1, time_windows: [[0, 0], [179, 241]] }, delivery: { id: 200, location_index: 0 }, amount: [0] },
        {
          pickup: { id: 101, location_index: 1, service: 9, time_windows: [[188, 188]] },
          delivery: { id: 201, location_index: 1, service: 5, time_windows: [[196, 226]] },
          amount: [0],
        },
      ],
      matrices: { car: { durations: [[8, 36], [7, 20]] } },
    }
    for (let seed = 1; seed <= 5; seed++) {
      const s = constructed(p, seed)
      expect(s.unassigned.length).toBe(1)
      minimiseRoutes(s, { seed, deadline: Infinity, maxIterations: s.iterations + 400, now: () => 0 })
      expectSound(s)
    }
  })

  it("a squeeze places a request only where every route then passes the exact check, and otherwise changes nothing", () => {
    const arb = problemArbOf({ maxLocations: 12, maxVehicles: 5, maxJobs: 6, maxShipments: 8 })
    let squeezed = 0
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        const s = constructed(p, seed)
        const used = () => s.st.tasks.map((_, v) => v).filter((v) => s.st.tasks[v].length > 0)
        fc.pre(used().length > 1)
        // a route's requests back into the others, as route minimisation does
        const pool = s.clearRoute(used()[0])
        s.commit()
        const squeezer = new Squeezer(s.getImprover())
        for (const r of pool) {
          if (s.insertRequest(r, 0, false)) {
            s.commit()
            continue
          }
          const before = JSON.stringify(s.st.tasks)
          let checks = 0
          if (squeezer.run(s.st, r, used(), (v) => s.touch(v), () => ++checks > 50)) squeezed++
          else {
            expect(JSON.stringify(s.st.tasks)).toBe(before)
            s.unassigned.push(r)
          }
          s.commit()
        }
        expectSound(s)
      }),
      { numRuns: 60, seed: 21 },
    )
    // the property is about something: some requests that fitted nowhere were squeezed in
    expect(squeezed).toBeGreaterThan(0)
  })
})

describe("the ejection walk", () => {
  it("finds the same plan as the walk on segment objects (session 22's), counters, bounds and budgets alike", () => {
    const arb = problemArbOf({ maxLocations: 12, maxVehicles: 4, maxJobs: 8, maxShipments: 8 })
    let plans = 0
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        const s = constructed(p, seed)
        const m = s.m
        const flat = new Ejector(m)
        const ref = new RefEjector(m)
        const counters = new Float64Array(m.nTasks)
        for (let t = 0; t < m.nTasks; t++) counters[t] = 1 + Math.floor(s.rand() * 4)
        for (const r of s.requests) {
          for (let v = 0; v < m.nVehicles; v++) {
            const tasks = s.st.tasks[v].filter((t) => t !== r && t !== m.taskSibling[r])
            for (let k = 1; k <= 3; k++) {
              for (const [bound, budget] of [[Infinity, 20000], [3, 20000], [Infinity, 15]]) {
                const a = flat.fit(r, v, tasks, counters, k, bound, 17.5, budget)
                const b = ref.fit(r, v, tasks, counters, k, bound, 17.5, budget)
                expect(a).toEqual(b)
                if (a) plans++
              }
            }
          }
        }
      }),
      { numRuns: 80, seed: 23 },
    )
    expect(plans).toBeGreaterThan(100)
  })

  it("with exactly k ejections wanted after the smaller k's, cuts only what cannot beat them: the plan of the walk without the cut", () => {
    const arb = problemArbOf({ maxLocations: 12, maxVehicles: 4, maxJobs: 8, maxShipments: 8 })
    let plans = 0
    let cut = 0
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 40 }), (p, seed, spread) => {
        const s = constructed(p, seed)
        const m = s.m
        const flat = new Ejector(m)
        const ref = new RefEjector(m)
        const counters = new Float64Array(m.nTasks)
        for (let t = 0; t < m.nTasks; t++) counters[t] = 1 + Math.floor(s.rand() * spread)
        for (const r of s.requests) {
          for (let v = 0; v < m.nVehicles; v++) {
            const tasks = s.st.tasks[v].filter((t) => t !== r && t !== m.taskSibling[r])
            for (let k = 2; k <= 3; k++) {
              // the smaller k's best, as the passes before this one left it (the whole walk: no budget cut)
              const before = ref.fit(r, v, tasks, counters, k - 1, Infinity, 17.5, 1e9)
              const bound = before ? before.psum : Infinity
              // a plan without ejections (psum 0) ends the passes: bestEjection never walks on from it
              if (bound === 0) continue
              const n0 = flat.nodes
              const a = flat.fit(r, v, tasks, counters, k, bound, 17.5, 1e9, true)
              const n1 = flat.nodes
              const b = ref.fit(r, v, tasks, counters, k, bound, 17.5, 1e9)
              expect(a).toEqual(b)
              flat.fit(r, v, tasks, counters, k, bound, 17.5, 1e9)
              if (flat.nodes - n1 > n1 - n0) cut++
              if (a) plans++
            }
          }
        }
      }),
      { numRuns: 80, seed: 29 },
    )
    // the property is about something: plans found, and walks the cut made shorter
    expect(plans).toBeGreaterThan(20)
    expect(cut).toBeGreaterThan(50)
  })
})

describe("a route-removal attempt's deadline", () => {
  // one vehicle with room for two of three jobs: the third can only come in by ejecting another,
  // so the pool never empties and only the clock ends the attempt
  const crowded: Problem = {
    vehicles: [{ id: 1, start_index: 0, end_index: 0, capacity: [2] }],
    jobs: [1, 2, 3].map((id) => ({ id, location_index: id, delivery: [1] })),
    matrices: { car: { durations: [[0, 5, 6, 7], [5, 0, 2, 3], [6, 2, 0, 2], [7, 3, 2, 0]] } },
  }

  function attemptEnd(closePool: number, more: Partial<Deadline> = {}): number {
    const s = new Search(buildModel(crowded), 3)
    s.recreate(s.requests.slice(), 0, true)
    s.commit()
    const pool = s.unassigned.splice(0)
    expect(pool).toHaveLength(1)
    let t = 0
    const now = () => ++t
    expect(new RouteMinimiser(s).insertPool(pool, { now, at: 20, maxIterations: Infinity, grown: 200, closePool, ...more })).toBe(false)
    expectSound(s)
    return t
  }

  it("runs on to its grown deadline only when the pool got down to closePool requests", () => {
    expect(attemptEnd(0)).toBeLessThan(200)
    expect(attemptEnd(1)).toBeGreaterThanOrEqual(200)
  })

  it("gives up at hopelessAt only when the pool never got down to hopelessPool requests", () => {
    expect(attemptEnd(0, { at: 200, hopelessAt: 20, hopelessPool: 0 })).toBeLessThan(200)
    expect(attemptEnd(0, { at: 200, hopelessAt: 20, hopelessPool: 1 })).toBeGreaterThanOrEqual(200)
  })
})
