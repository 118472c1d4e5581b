import fc from "fast-check"
import { checkSolution } from "../checker"
import { solve } from "../solve"
import type { Job, Problem, Shipment, Solution, TimeWindow, Vehicle } from "../types"
import { validateProblem } from "../validate"

const windowArb = fc
  .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 150 }))
  .map(([a, len]): TimeWindow => [a, a + len])

const windowsArb = fc
  .array(windowArb, { minLength: 1, maxLength: 2 })
  .map((ws) => ws.sort((x, y) => x[0] - y[0]))

const amountArb = (dims: number, max: number) =>
  fc.array(fc.integer({ min: 0, max }), { minLength: dims, maxLength: dims })

const skillsArb = fc.subarray([1, 2])

function vehicleArb(nLoc: number, dims: number): fc.Arbitrary<Omit<Vehicle, "id">> {
  return fc.record(
    {
      start_index: fc.integer({ min: 0, max: nLoc - 1 }),
      end_index: fc.integer({ min: 0, max: nLoc - 1 }),
      capacity: amountArb(dims, 10),
      time_window: windowArb.map(([a, b]): TimeWindow => [a, b + 200]),
      max_tasks: fc.integer({ min: 0, max: 6 }),
      costs: fc.record({ fixed: fc.integer({ min: 0, max: 100 }) }),
      skills: skillsArb,
    },
    { requiredKeys: ["capacity"] },
  )
}

function jobArb(nLoc: number, dims: number): fc.Arbitrary<Omit<Job, "id">> {
  return fc.record(
    {
      location_index: fc.integer({ min: 0, max: nLoc - 1 }),
      delivery: amountArb(dims, 5),
      pickup: amountArb(dims, 5),
      service: fc.integer({ min: 0, max: 10 }),
      time_windows: windowsArb,
      priority: fc.integer({ min: 0, max: 3 }),
      skills: skillsArb,
    },
    { requiredKeys: ["location_index"] },
  )
}

function shipmentArb(nLoc: number, dims: number) {
  const step = fc.record(
    {
      location_index: fc.integer({ min: 0, max: nLoc - 1 }),
      service: fc.integer({ min: 0, max: 10 }),
      time_windows: windowsArb,
    },
    { requiredKeys: ["location_index"] },
  )
  return fc.record(
    { pickup: step, delivery: step, amount: amountArb(dims, 5), priority: fc.integer({ min: 0, max: 3 }) },
    { requiredKeys: ["pickup", "delivery", "amount"] },
  )
}

const problemArb: fc.Arbitrary<Problem> = fc
  .record({ nLoc: fc.integer({ min: 2, max: 9 }), dims: fc.integer({ min: 0, max: 2 }) })
  .chain(({ nLoc, dims }) =>
    fc.record({
      matrix: fc.array(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: nLoc, maxLength: nLoc }), {
        minLength: nLoc,
        maxLength: nLoc,
      }),
      vehicles: fc.array(vehicleArb(nLoc, dims), { minLength: 1, maxLength: 3 }),
      jobs: fc.array(jobArb(nLoc, dims), { maxLength: 9 }),
      shipments: fc.array(shipmentArb(nLoc, dims), { maxLength: 3 }),
    }),
  )
  .map(({ matrix, vehicles, jobs, shipments }) => ({
    vehicles: vehicles.map((v, i) => ({ id: i + 1, ...v })),
    jobs: jobs.map((j, i) => ({ id: i + 1, ...j })),
    shipments: shipments.map((s, i): Shipment => ({
      ...s,
      pickup: { id: 100 + i, ...s.pickup },
      delivery: { id: 200 + i, ...s.delivery },
    })),
    matrices: { car: { durations: matrix } },
  }))

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
