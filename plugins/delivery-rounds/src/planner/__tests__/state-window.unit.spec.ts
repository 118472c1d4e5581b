import fc from "fast-check"
import { buildModel } from "../model"
import { createRng } from "../rng"
import { RoutesState } from "../state"
import type { Problem } from "../types"

/**
 * Long routes (up to 40 jobs) on a matrix of non-integer travel times, windows that make vehicles
 * wait but that a route of these jobs never misses (and some that it does), deliveries and pickups
 * in one or two dimensions.
 */
function problem(rand: () => number, dims: number, tight: boolean): Problem {
  const nLoc = 45
  const durations = Array.from({ length: nLoc }, (_, i) => Array.from({ length: nLoc }, (_, j) => (i === j ? 0 : Math.round(rand() * 1e6) / 1e4)))
  const amount = () => Array.from({ length: dims }, () => Math.floor(rand() * 4))
  const jobs = Array.from({ length: 40 }, (_, i) => {
    const start = Math.round(rand() * 3000)
    const end = tight && rand() < 0.1 ? start + Math.round(rand() * 300) : 6000 + Math.round(rand() * 4000)
    const job: Problem["jobs"][number] = { id: i + 1, location_index: 1 + (i % (nLoc - 1)), service: Math.floor(rand() * 10), time_windows: [[start, end]] }
    if (dims > 0) {
      job.delivery = amount()
      if (rand() < 0.4) job.pickup = amount()
    }
    return job
  })
  const vehicles = [0, 1].map((i) => ({
    id: i + 1,
    start_index: 0,
    end_index: 0,
    ...(dims > 0 ? { capacity: Array.from({ length: dims }, () => 1000) } : {}),
    time_window: [0, 20000] as [number, number],
  }))
  return { vehicles, jobs, matrices: { car: { durations } } } as Problem
}

/** Route v's caches and cost in `a` and `b`, compared value for value (Object.is: bit for bit, -0 apart). */
function expectSameCaches(a: RoutesState, b: RoutesState, v: number): void {
  const len = a.tasks[v].length
  const D = a.m.dims
  const pick = (s: RoutesState) => {
    const x = s as unknown as Record<string, Float64Array[] | Uint8Array>
    return {
      dep: Array.from(s.dep[v].subarray(0, len + 2)),
      latest: Array.from(s.latest[v].subarray(0, len + 2)),
      locs: Array.from(s.locs[v].subarray(0, len + 2)),
      arcIn: Array.from((x.arcIn as Float64Array[])[v].subarray(1, len + 1)),
      costAt: Array.from((x.costAt as Float64Array[])[v].subarray(0, len + 1)),
      load: D > 0 ? Array.from(s.load[v].subarray(0, (len + 1) * D)) : [],
      pre: D > 0 ? Array.from(s.prefMax[v].subarray(0, (len + 2) * D)) : [],
      suf: D > 0 ? Array.from(s.sufMax[v].subarray(0, (len + 2) * D)) : [],
      cost: s.routeCost[v],
      count: s.count[v],
      miss: (x.fwdMiss as Uint8Array)[v],
      pos: s.tasks[v].map((t) => [s.taskRoute[t], s.taskPos[t]]),
    }
  }
  expect(pick(a)).toEqual(pick(b))
}

describe("the incremental cache updates (updateInsertedJob, updateWindow)", () => {
  it("give the same caches as the whole pass, bit for bit, after insertions and window replacements", () => {
    let incremental = 0
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 2 }), fc.boolean(), (seed, dims, tight) => {
        const rand = createRng(seed)
        const m = buildModel(problem(rand, dims, tight))
        const st = new RoutesState(m)
        const ref = new RoutesState(m)
        // route 0: a random order of 12-30 jobs, the rest of the jobs a pool for the edits
        const order = Array.from({ length: m.nTasks }, (_, t) => t).sort(() => rand() - 0.5)
        const n0 = 12 + Math.floor(rand() * 19)
        const route = order.slice(0, n0)
        const pool = order.slice(n0)
        st.tasks[0].push(...route)
        st.update(0)
        for (let step = 0; step < 30; step++) {
          let got: boolean
          const old = st.tasks[0].slice()
          const r = st.tasks[0]
          const kind = rand()
          if (kind < 0.3 && pool.length > 0) {
            // one job in
            const lo = Math.floor(rand() * (r.length + 1))
            const t = pool.pop() as number
            r.splice(lo, 0, t)
            got = st.updateInsertedJob(0, lo)
          } else {
            // a window [a, b) of the old list replaced: a string out, a split string out, or jobs of the pool in
            const a = Math.floor(rand() * (r.length + 1))
            const b = a + Math.floor(rand() * Math.min(8, r.length - a + 1))
            const middle = old.slice(a, b).filter(() => rand() < 0.3)
            const extra = kind > 0.8 ? pool.splice(0, Math.floor(rand() * 3)) : []
            for (const t of old.slice(a, b)) if (!middle.includes(t)) pool.push(t)
            r.splice(a, b - a, ...middle, ...extra)
            if (r.length < 12) {
              r.push(...pool.splice(0, 12 - r.length))
              st.update(0)
              continue
            }
            for (const t of old.slice(a, b)) if (!r.includes(t)) st.taskRoute[t] = -1
            got = st.updateWindow(0, old, a, b)
          }
          if (!(st as unknown as { fwdMiss: Uint8Array }).fwdMiss[0]) incremental++
          ref.tasks[0].length = 0
          ref.tasks[0].push(...st.tasks[0])
          expect(got).toBe(ref.update(0))
          expectSameCaches(st, ref, 0)
        }
      }),
      { numRuns: 60, seed: 29 },
    )
    expect(incremental).toBeGreaterThan(500)
  })
})
