import { checkSolution } from "../checker"
import { solve } from "../solve"
import type { Problem, Solution, Step } from "../types"

/**
 * The checker against figures worked out by hand (in the comments), for every input it reads
 * from the raw JSON: matrices per profile, costs, speed factors, coordinates, setup, several
 * windows, multi-dimensional loads, shipments and skills.
 */

type S = Partial<Step> & { type: Step["type"] }
const sol = (routes: { vehicle: number; cost?: number; steps: S[] }[], cost?: number, unassigned: Solution["unassigned"] = []): Solution =>
  ({ code: 0, summary: cost === undefined ? undefined : { cost }, routes, unassigned }) as unknown as Solution
const kinds = (p: Problem, s: Solution) => checkSolution(p, s).violations.map((v) => v.kind)

describe("checker: hand-computed travel and costs", () => {
  // locations 0 (depot), 1, 2; two profiles with their own matrices
  const problem = (): Problem => ({
    vehicles: [
      { id: 1, profile: "car", start_index: 0, end_index: 0, speed_factor: 2, costs: { fixed: 7, per_hour: 7200, per_km: 3 } },
      { id: 2, profile: "bike", start_index: 0, end_index: 0 },
    ],
    jobs: [
      { id: 1, location_index: 1, setup: 4, service: 6 },
      { id: 2, location_index: 2, service: 10 },
    ],
    matrices: {
      car: {
        durations: [[0, 100, 300], [100, 0, 200], [300, 200, 0]],
        distances: [[0, 1000, 3000], [1000, 0, 2000], [3000, 2000, 0]],
      },
      bike: { durations: [[0, 40, 50], [40, 0, 60], [50, 60, 0]], costs: [[0, 1, 2], [1, 0, 5], [2, 5, 0]] },
    },
  })

  it("car at speed factor 2, per_hour 7200 and per_km 3: cost = 2·duration + 3·km + fixed", () => {
    // 0→1→2→0: durations 100+200+300 = 600 s halved = 300 s; distance 6000 m
    // cost = 7200·300/3600 + 3·6 + 7 = 600 + 18 + 7 = 625
    // arrivals: job 1 at 50, leaves 50+4+6 = 60; job 2 at 60+100 = 160, leaves 170; back at 170+150 = 320
    const s = sol([{ vehicle: 1, cost: 625, steps: [
      { type: "start", arrival: 0 },
      { type: "job", id: 1, arrival: 50 },
      { type: "job", id: 2, arrival: 160 },
      { type: "end", arrival: 320 },
    ] }], 625)
    const r = checkSolution(problem(), s)
    expect(r.violations).toEqual([])
    expect(r.cost).toBe(625)
    expect(r.duration).toBe(300)
    expect(r.distance).toBe(6000)
    const late = sol([{ vehicle: 1, steps: [{ type: "start" }, { type: "job", id: 1, arrival: 49 }, { type: "job", id: 2 }, { type: "end" }] }])
    expect(kinds(problem(), late)).toEqual(["arrival_mismatch"])
  })

  it("bike reads its own cost matrix; durations from its profile", () => {
    // 0→2→1→0: costs 2+5+1 = 8; durations 50+60+40 = 150
    const s = sol([{ vehicle: 2, cost: 8, steps: [{ type: "start" }, { type: "job", id: 2 }, { type: "job", id: 1 }, { type: "end" }] }], 8)
    const r = checkSolution(problem(), s)
    expect(r.violations).toEqual([])
    expect(r.cost).toBe(8)
    expect(r.duration).toBe(150)
    expect(kinds(problem(), sol([{ vehicle: 2, cost: 9, steps: s.routes[0].steps }]))).toEqual(["cost_mismatch"])
  })

  it("setup counts as service time against a window", () => {
    // bike: job 1 at 40, leaves at 40 + 4 + 6 = 50, job 2 at 110. Without the setup it would
    // arrive at 106 and fit [0, 109]: that case tells whether setup is counted
    const p = problem()
    p.jobs![1].time_windows = [[0, 105]]
    const steps: S[] = [{ type: "start" }, { type: "job", id: 1 }, { type: "job", id: 2 }, { type: "end" }]
    expect(kinds(p, sol([{ vehicle: 2, steps }]))).toEqual(["time_window"])
    p.jobs![1].time_windows = [[0, 109]]
    expect(kinds(p, sol([{ vehicle: 2, steps }]))).toEqual(["time_window"])
    p.jobs![1].time_windows = [[0, 110]]
    expect(kinds(p, sol([{ vehicle: 2, steps }]))).toEqual([])
  })

  it("waits for the later of several windows and checks the shift end after it", () => {
    // bike: job 2 reached at 50, windows [0,20] and [200,300]: waits to 200, leaves 210,
    // job 1 at 270, leaves 280, home at 320
    const p = problem()
    p.jobs![1].time_windows = [[200, 300], [0, 20]]
    p.vehicles[1].time_window = [0, 320]
    const steps: S[] = [{ type: "start" }, { type: "job", id: 2 }, { type: "job", id: 1 }, { type: "end" }]
    expect(kinds(p, sol([{ vehicle: 2, steps }]))).toEqual([])
    p.vehicles[1].time_window = [0, 319]
    expect(kinds(p, sol([{ vehicle: 2, steps }]))).toEqual(["shift"])
  })

  it("refuses to vouch for breaks", () => {
    const p = problem() as Problem & { vehicles: Record<string, unknown>[] }
    p.vehicles[0].breaks = [{ id: 1, service: 10 }]
    expect(kinds(p, sol([], undefined, [{ id: 1, type: "job" }, { id: 2, type: "job" }]))).toEqual(["unsupported"])
  })
})

describe("checker: hand-computed coordinates", () => {
  // two points 0.01° apart on the equator: 6 371 008.8 m · 0.01 · π/180 = 1 111.95 m,
  // × road factor 1.3 = 1 445.54 → 1 446 m; a bike at 4.2 m/s takes 1 446 / 4.2 = 344.3 → 344 s
  const p: Problem = {
    vehicles: [{ id: 1, profile: "bike", start: [0, 0], end: [0, 0] }],
    jobs: [{ id: 1, location: [0.01, 0] }],
  }
  const steps: S[] = [{ type: "start", location: [0, 0] }, { type: "job", id: 1, location: [0.01, 0] }, { type: "end", location: [0, 0] }]

  it("distance, duration and cost of a coordinate round trip", () => {
    const r = checkSolution(p, sol([{ vehicle: 1, steps }]))
    expect(r.violations).toEqual([])
    expect(r.distance).toBe(2 * 1446)
    expect(r.duration).toBe(2 * 344)
    expect(r.cost).toBe(2 * 344)
  })

  it("follows the caller's road factor and speeds, and agrees with the solver", () => {
    // road factor 1: 1 112 m; 1 112 / 2 m/s = 556 s
    const r = checkSolution(p, sol([{ vehicle: 1, steps }]), { roadFactor: 1, profileSpeeds: { bike: 2 } })
    expect(r.distance).toBe(2 * 1112)
    expect(r.duration).toBe(2 * 556)
    const s = solve(p, { maxIterations: 10 })
    expect(s.summary.distance).toBe(2 * 1446)
    expect(checkSolution(p, s).violations).toEqual([])
  })

  it("notices a step reported away from its task", () => {
    const moved: S[] = [steps[0], { ...steps[1], location: [0.02, 0] }, steps[2]]
    expect(kinds(p, sol([{ vehicle: 1, steps: moved }]))).toEqual(["location_mismatch"])
  })
})

describe("checker: hand-computed loads, shipments and skills", () => {
  // two dimensions; capacity [5, 3]
  const problem = (): Problem => ({
    vehicles: [{ id: 1, start_index: 0, end_index: 0, capacity: [5, 3], skills: [1, 2] }],
    jobs: [
      { id: 1, location_index: 1, delivery: [2, 1], pickup: [0, 2] },
      { id: 2, location_index: 2, delivery: [1, 0], skills: [2] },
    ],
    shipments: [{ amount: [2, 1], skills: [1], pickup: { id: 5, location_index: 1 }, delivery: { id: 6, location_index: 2 } }],
    matrices: { car: { durations: [[0, 1, 1], [1, 0, 1], [1, 1, 0]] } },
  })
  // start: deliveries on board [2+1, 1+0] = [3, 1]
  // job 1: −[2,1] +[0,2] → [1, 2]; pickup 5: +[2,1] → [3, 3]; job 2: −[1,0] → [2, 3]; delivery 6: −[2,1] → [0, 2]
  const loads = [[3, 1], [1, 2], [3, 3], [2, 3], [0, 2], [0, 2]]
  const steps = (): S[] =>
    [{ type: "start" }, { type: "job", id: 1 }, { type: "pickup", id: 5 }, { type: "job", id: 2 }, { type: "delivery", id: 6 }, { type: "end" }]
      .map((s, i) => ({ ...(s as S), load: loads[i] }))

  it("accepts the hand-traced loads", () => {
    const r = checkSolution(problem(), sol([{ vehicle: 1, steps: steps() }]))
    expect(r.violations).toEqual([])
    expect(r.assigned).toBe(4)
  })

  it("catches the second dimension over capacity", () => {
    const p = problem()
    p.vehicles[0].capacity = [5, 2]
    expect(kinds(p, sol([{ vehicle: 1, steps: steps() }]))).toEqual(["capacity", "capacity"])
  })

  it("catches a misreported load in one dimension", () => {
    const s = steps()
    s[3].load = [3, 2]
    expect(kinds(problem(), sol([{ vehicle: 1, steps: s }]))).toEqual(["load_mismatch"])
  })

  it("applies a shipment's skills to both sides", () => {
    const p = problem()
    p.vehicles[0].skills = [2]
    expect(kinds(p, sol([{ vehicle: 1, steps: steps() }]))).toEqual(["skills", "skills"])
  })

  it("sums served priorities of jobs and shipments once", () => {
    const p = problem()
    p.jobs![0].priority = 3
    p.shipments![0].priority = 5
    expect(checkSolution(p, sol([{ vehicle: 1, steps: steps() }])).priority).toBe(8)
  })
})
