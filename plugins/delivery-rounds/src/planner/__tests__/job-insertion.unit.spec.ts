import fc from "fast-check"
import { buildModel, serviceStart, type Model } from "../model"
import { createRng } from "../rng"
import { RoutesState } from "../state"
import type { Problem } from "../types"
import { randomDurations, threeVehicles } from "./fixtures"

/**
 * Non-integer travel times, symmetric or not; costs the times or not (a per-hour rate); one or two
 * windows per job; deliveries and pickups in 0-2 dimensions, capacities 25 or 6-17; open route ends sometimes.
 */
function problem(rand: () => number, dims: number, symmetric: boolean, rate: boolean, open: boolean): Problem {
  const nLoc = 30
  const durations = randomDurations(rand, nLoc, symmetric)
  const amount = () => Array.from({ length: dims }, () => Math.floor(rand() * 4))
  const jobs = Array.from({ length: 40 }, (_, i) => {
    const start = Math.round(rand() * 3000)
    const end = start + 300 + Math.round(rand() * 5000)
    const windows: [number, number][] = rand() < 0.3 ? [[start, start + 200], [end, end + 1500]] : [[start, end]]
    const job: Problem["jobs"][number] = { id: i + 1, location_index: 1 + (i % (nLoc - 1)), service: Math.floor(rand() * 10), time_windows: windows }
    if (dims > 0) {
      job.delivery = amount()
      if (rand() < 0.4) job.pickup = amount()
    }
    return job
  })
  // half the time a small capacity, which the loads dealt to a route reach (a job then often fits at no position by them)
  const vehicles = threeVehicles(rand, dims, rand() < 0.5 ? 25 : 6 + Math.floor(rand() * 12), rate, open)
  return { vehicles, jobs, matrices: { car: { durations } } } as Problem
}

/**
 * The position scan as it was before session 30 (every position; the time into the task read down
 * its column of the matrix, the replaced arc's cost from the matrix): price and position, and the
 * blinks drawn, as bestJobInsertion must give them.
 */
function reference(st: RoutesState, m: Model, v: number, t: number, blink: number, rand: () => number): { best: number; p: number; fits: boolean; loads: boolean } {
  const D = m.dims
  const len = st.tasks[v].length
  const { size: n, time, cost: c } = m.travels[m.vTravel[v]]
  const dep = st.dep[v]
  const latest = st.latest[v]
  const locs = st.locs[v]
  const loc = m.taskLoc[t]
  const service = m.taskService[t]
  const w0 = m.twOff[t]
  const w1 = m.twOff[t + 1]
  const firstOpen = m.twStart[w0]
  const lastClose = m.twEnd[w1 - 1]
  const single = w1 - w0 === 1
  const fixed = len === 0 ? m.vFixed[v] : 0
  let best = Infinity
  let bp = -1
  // whether some position's times and loads fit (blinked or not), and some position's loads
  let any = false
  let loads = false
  for (let p = 0; p <= len; p++) {
    let fits = true
    for (let d = 0; d < D; d++) {
      const cap = m.vCapacity[v * D + d] + 1e-9
      const sl = m.taskStartLoad[t * D + d]
      const delta = sl + m.taskAdd[t * D + d] - m.taskRemove[t * D + d]
      if (sl > 0 && st.prefMax[v][p * D + d] + sl > cap) fits = false
      if (delta > 0 && st.sufMax[v][p * D + d] + delta > cap) fits = false
    }
    if (!fits) continue
    loads = true
    const a = locs[p]
    const b = locs[p + 1]
    let arr = dep[p]
    if (a >= 0) arr += time[a * n + loc]
    if (arr > lastClose + 1e-9) continue
    const minNext = (firstOpen > arr ? firstOpen : arr) + service + (b >= 0 ? time[loc * n + b] : 0)
    if (minNext > latest[p + 1] + 1e-9) continue
    if (!single) {
      const s = serviceStart(m, t, arr)
      if (s === Infinity) continue
      if (s + service + (b >= 0 ? time[loc * n + b] : 0) > latest[p + 1] + 1e-9) continue
    }
    any = true
    let delta = fixed
    if (a >= 0) delta += c[a * n + loc]
    if (b >= 0) {
      delta += c[loc * n + b]
      if (a >= 0) delta -= c[a * n + b]
    }
    if (delta < best) {
      if (blink > 0 && rand() < blink) continue
      best = delta
      bp = p
    }
  }
  return { best, p: bp, fits: any, loads }
}

describe("bestJobInsertion", () => {
  it("gives the straightforward scan's price, position and blinks, bit for bit", () => {
    let feasible = 0
    let fitting = 0
    let none = 0
    // no position by the loads alone (bestJobInsertion's early return)
    let noLoads = 0
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 2 }), fc.boolean(), fc.boolean(), fc.boolean(), (seed, dims, symmetric, rate, open) => {
        const rand = createRng(seed)
        const m = buildModel(problem(rand, dims, symmetric, rate, open))
        const st = new RoutesState(m)
        // the jobs dealt to the three routes in a random order (feasible or not: the caches hold either way)
        const order = Array.from({ length: m.nTasks }, (_, t) => t).sort(() => rand() - 0.5)
        const inRoutes = Math.floor(rand() * m.nTasks)
        for (let i = 0; i < inRoutes; i++) st.tasks[Math.floor(rand() * 3)].push(order[i])
        for (let v = 0; v < 3; v++) st.update(v)
        const out = new Int32Array(2)
        for (let i = inRoutes; i < m.nTasks; i++) {
          const t = order[i]
          for (let v = 0; v < 3; v++) {
            const blink = rand() < 0.5 ? 0 : 0.3
            const s1 = Math.floor(rand() * 1e9)
            const r1 = createRng(s1)
            const r2 = createRng(s1)
            const want = reference(st, m, v, t, blink, r1)
            out[0] = -1
            st.bestJobInsertion(v, t, out, blink, r2)
            expect(Object.is(st.price[0], want.best)).toBe(true)
            // no position fits exactly when none would (the recreates' no-fit cache relies on it: no blink drawn then)
            expect(st.fits[0]).toBe(want.fits ? 1 : 0)
            if (!want.loads) noLoads++
            if (want.fits) fitting++
            else if (want.best === Infinity) none++
            if (want.best < Infinity) {
              feasible++
              expect(out[0]).toBe(want.p)
            }
            // the same number of blinks drawn
            expect(r2()).toBe(r1())
          }
        }
      }),
      { numRuns: 150, seed: 30 },
    )
    expect(feasible).toBeGreaterThan(1000)
    expect(fitting).toBeGreaterThan(feasible)
    expect(none).toBeGreaterThan(1000)
    expect(noLoads).toBeGreaterThan(500)
  })
})
