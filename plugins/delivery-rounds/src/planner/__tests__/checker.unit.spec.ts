import { checkSolution } from "../checker"
import { solve } from "../solve"
import type { Problem, Solution } from "../types"

// depot 0, jobs 1..3 on a line 10 apart; travel time = distance
const line = [
  [0, 10, 20, 30],
  [10, 0, 10, 20],
  [20, 10, 0, 10],
  [30, 20, 10, 0],
]

const problem = (): Problem => ({
  vehicles: [
    { id: 1, start_index: 0, end_index: 0, capacity: [3], time_window: [0, 100], skills: [1] },
    { id: 2, start_index: 0, end_index: 0, capacity: [3], time_window: [0, 100] },
  ],
  jobs: [
    { id: 1, location_index: 1, delivery: [1], time_windows: [[0, 100]] },
    { id: 2, location_index: 2, delivery: [1], time_windows: [[0, 100]] },
    { id: 3, location_index: 3, delivery: [1], time_windows: [[0, 100]] },
  ],
  shipments: [
    { amount: [1], pickup: { id: 10, location_index: 1 }, delivery: { id: 11, location_index: 3 } },
  ],
  matrices: { car: { durations: line } },
})

type HandStep = { type: string; id?: number; location_index: number; load?: number[] }

/** A hand-built route (no reported arrivals or loads, so only the rules are checked). */
function route(order: [string, number, number][], vehicle = 1): Solution["routes"][number] {
  const steps: HandStep[] = [{ type: "start", location_index: 0 }]
  for (const [type, id, loc] of order) steps.push({ type, id, location_index: loc })
  steps.push({ type: "end", location_index: 0 })
  return { vehicle, steps } as unknown as Solution["routes"][number]
}

const valid = (): Solution =>
  ({
    code: 0,
    routes: [
      route([
        ["job", 1, 1],
        ["pickup", 10, 1],
        ["job", 2, 2],
        ["job", 3, 3],
        ["delivery", 11, 3],
      ]),
    ],
    unassigned: [],
  }) as unknown as Solution

const kinds = (p: Problem, s: Solution) => checkSolution(p, s).violations.map((v) => v.kind)

describe("checkSolution", () => {
  it("accepts a valid solution and recomputes its cost", () => {
    const r = checkSolution(problem(), valid())
    expect(r.violations).toEqual([])
    expect(r.feasible).toBe(true)
    expect(r.cost).toBe(60)
    expect(r.assigned).toBe(5)
  })

  it("accepts the solver's own answer", () => {
    const p = problem()
    const s = solve(p, { seed: 3, maxIterations: 200 })
    expect(checkSolution(p, s).violations).toEqual([])
    expect(s.summary.cost).toBe(60)
  })

  it("catches capacity", () => {
    const p = problem()
    p.vehicles[0].capacity = [2]
    expect(kinds(p, valid())).toContain("capacity")
  })

  it("catches a missed time window", () => {
    const p = problem()
    p.jobs![2].time_windows = [[0, 25]]
    expect(kinds(p, valid())).toEqual(["time_window"])
  })

  it("catches a shift overrun", () => {
    const p = problem()
    p.vehicles[0].time_window = [0, 50]
    expect(kinds(p, valid())).toEqual(["shift"])
  })

  it("catches max_tasks", () => {
    const p = problem()
    p.vehicles[0].max_tasks = 4
    expect(kinds(p, valid())).toEqual(["max_tasks"])
  })

  it("catches a delivery before its pickup and a split shipment", () => {
    const s = valid()
    s.routes = [route([["delivery", 11, 3], ["job", 1, 1], ["pickup", 10, 1], ["job", 2, 2], ["job", 3, 3]])]
    expect(kinds(problem(), s)).toContain("precedence")
    const t = valid()
    t.routes = [
      route([["job", 1, 1], ["pickup", 10, 1], ["job", 2, 2], ["job", 3, 3]]),
      route([["delivery", 11, 3]], 2),
    ]
    expect(kinds(problem(), t).filter((k) => k === "precedence")).toHaveLength(2)
  })

  it("catches missing skills", () => {
    const p = problem()
    p.jobs![0].skills = [2]
    expect(kinds(p, valid())).toEqual(["skills"])
  })

  it("catches missing, duplicated and unknown tasks", () => {
    const s = valid()
    s.routes[0].steps.splice(1, 1) // drop job 1
    expect(kinds(problem(), s)).toEqual(["missing_task"])
    const d = valid()
    d.unassigned = [{ id: 2, type: "job" }]
    expect(kinds(problem(), d)).toEqual(["duplicate_task"])
    const u = valid()
    u.unassigned = [{ id: 99, type: "job" }]
    expect(kinds(problem(), u)).toEqual(["unknown_task"])
  })

  it("catches unknown and reused vehicles and wrong start or end", () => {
    const s = valid()
    s.routes[0].vehicle = 7
    expect(kinds(problem(), s)).toContain("unknown_vehicle")
    const d = valid()
    d.routes.push(route([], 1))
    expect(kinds(problem(), d)).toContain("duplicate_vehicle")
    const e = valid()
    e.routes[0].steps.pop()
    expect(kinds(problem(), e)).toEqual(["end"])
    const f = valid()
    f.routes[0].steps.shift()
    expect(kinds(problem(), f)).toEqual(["start"])
  })

  it("catches misreported loads, arrivals and costs", () => {
    const s = valid()
    s.routes[0].steps.forEach((st) => (st.load = [9]))
    expect(kinds(problem(), s)).toContain("load_mismatch")
    const a = solve(problem(), { maxIterations: 100 })
    a.routes[0].steps[2].arrival = 1
    expect(kinds(problem(), a)).toEqual(["arrival_mismatch"])
    const c = solve(problem(), { maxIterations: 100 })
    c.summary.cost = 1
    expect(kinds(problem(), c)).toEqual(["cost_mismatch"])
  })
})
