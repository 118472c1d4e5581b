import fc from "fast-check"
import { buildModel } from "../model"
import { createRng } from "../rng"
import { Search } from "../search"
import type { Problem } from "../types"

/**
 * Routes long enough for the incremental cache updates (up to 45 jobs on 2–3 vehicles), windows loose
 * or tight (so many jobs fit nowhere in many routes), non-integer travel times, loads in one dimension,
 * a fixed cost on some vehicles.
 */
function problem(rand: () => number, tight: boolean): Problem {
  const nLoc = 50
  const durations = Array.from({ length: nLoc }, (_, i) => Array.from({ length: nLoc }, (_, j) => (i === j ? 0 : Math.round(rand() * 1e6) / 1e4)))
  const jobs = Array.from({ length: 45 }, (_, i) => {
    const start = Math.round(rand() * 6000)
    const end = tight && rand() < 0.5 ? start + 50 + Math.round(rand() * 400) : start + 4000 + Math.round(rand() * 8000)
    return { id: i + 1, location_index: 1 + (i % (nLoc - 1)), service: Math.floor(rand() * 10), delivery: [1 + Math.floor(rand() * 3)], time_windows: [[start, end]] as [number, number][] }
  })
  const nV = 2 + Math.floor(rand() * 2)
  const vehicles = Array.from({ length: nV }, (_, i) => ({
    id: i + 1,
    start_index: 0,
    end_index: 0,
    capacity: [60],
    ...(rand() < 0.5 ? { costs: { fixed: 500 } } : {}),
    time_window: [0, 20000] as [number, number],
  }))
  return { vehicles, jobs, matrices: { car: { durations } } } as Problem
}

describe("the recreates' no-fit cache (Search.tryIn, RoutesState.version)", () => {
  it("names each route's caches by a version that stands for one task list, and skips only jobs that fit nowhere there", () => {
    let skips = 0
    let rollbacks = 0
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.boolean(), (seed, tight) => {
        const rand = createRng(seed)
        const m = buildModel(problem(rand, tight))
        const s = new Search(m, seed)
        const st = s.st
        const V = m.nVehicles
        const noFit = (s as unknown as { noFitAt: Float64Array }).noFitAt
        // version -> the route's task list and caches when it carried that version (an independent record)
        const seen = new Map<number, string>()
        const record = () => {
          for (let v = 0; v < V; v++) {
            const len = st.tasks[v].length
            const state = JSON.stringify([
              v,
              st.tasks[v],
              Array.from(st.dep[v].subarray(0, len + 2)),
              Array.from(st.latest[v].subarray(0, len + 2)),
              Array.from(st.prefMax[v].subarray(0, len + 2)),
              Array.from(st.sufMax[v].subarray(0, len + 2)),
            ])
            const was = seen.get(st.version[v])
            if (was === undefined) seen.set(st.version[v], state)
            else expect(state).toBe(was)
          }
          // every job the table says fits nowhere in a route as it is now: priced afresh, no position fits
          const out = new Int32Array(2)
          for (const r of s.requests) {
            for (let v = 0; v < V; v++) {
              if (noFit[r * V + v] !== st.version[v] || st.taskRoute[r] === v) continue
              skips++
              st.bestJobInsertion(v, r, out, 0, rand)
              expect(st.fits[0]).toBe(0)
              expect(st.price[0]).toBe(Infinity)
            }
          }
        }
        s.recreate(s.requests.slice(), 0, true)
        s.commit()
        record()
        for (let step = 0; step < 40; step++) {
          // as an annealing step: ruin, the requests left out added, a recreate (greedy or regret), accept or roll back
          const prev = s.unassigned.slice()
          const reqs = s.ruin()
          for (const r of s.unassigned) reqs.push(r)
          s.unassigned.length = 0
          if (rand() < 0.3) s.recreateRegret(reqs, 0.1, true)
          else s.recreate(reqs, 0.1, true)
          record()
          if (rand() < 0.4) s.commit()
          else {
            s.rollback(prev)
            rollbacks++
          }
          record()
        }
      }),
      { numRuns: 60, seed: 32 },
    )
    // the cache was used (jobs left out of routes they fit nowhere) and rollbacks put versions back
    expect(skips).toBeGreaterThan(100)
    expect(rollbacks).toBeGreaterThan(500)
  })
})
