import fc from "fast-check"
import { checkSolution } from "../checker"
import { solve } from "../solve"
import type { Problem, Solution } from "../types"
import { validateProblem } from "../validate"
import { problemArb } from "./problem-arb"

const stripTimes = (s: Solution) => JSON.stringify({ ...s, summary: { ...s.summary, computing_times: null } })
const runOpts = { maxIterations: 150, timeLimitMs: 60000 }

describe("solve: properties on random problems", () => {
  it("generates valid problems", () => {
    fc.assert(fc.property(problemArb, (p) => validateProblem(p).length === 0), { numRuns: 50 })
  })

  it("always returns checker-feasible solutions that account for every task once", () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        const s = solve(p, { ...runOpts, seed })
        const r = checkSolution(p, s)
        expect(r.violations).toEqual([])
        const tasks = (p.jobs?.length ?? 0) + 2 * (p.shipments?.length ?? 0)
        expect(r.assigned + r.unassigned).toBe(tasks)
      }),
      { numRuns: 150, seed: 20261123 },
    )
  })

  it("gives the same answer for the same seed and iteration cap", () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        expect(stripTimes(solve(p, { ...runOpts, seed }))).toBe(stripTimes(solve(p, { ...runOpts, seed })))
      }),
      { numRuns: 40, seed: 7 },
    )
  })

  it("never leaves out a task that a free vehicle could serve alone when every task fits one route", () => {
    // one roomy vehicle, no windows: everything must be assigned
    fc.assert(
      fc.property(problemArb, (p) => {
        const q: Problem = {
          ...p,
          vehicles: [{ id: 1, start_index: 0, end_index: 0 }],
          jobs: p.jobs!.map(({ id, location_index, service }) => ({ id, location_index, service })),
          shipments: p.shipments!.map((s) => ({
            pickup: { id: s.pickup.id, location_index: s.pickup.location_index },
            delivery: { id: s.delivery.id, location_index: s.delivery.location_index },
          })),
        }
        const s = solve(q, { ...runOpts, seed: 1 })
        expect(s.unassigned).toEqual([])
        expect(checkSolution(q, s).feasible).toBe(true)
      }),
      { numRuns: 50, seed: 3 },
    )
  })
})
