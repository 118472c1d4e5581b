import { vehicleTravel, type CheckTravelOptions, type Place } from "./check-travel"
import type { Amount, Problem, Solution, Step, TimeWindow, Vehicle } from "./types"

/**
 * Independent check of a solution against its problem. Everything — travel, service, loads,
 * skills, windows, costs — is recomputed from the raw VROOM JSON alone, never through the
 * solver's compiled model, so a solver bug cannot hide behind a shared helper.
 */
export type ViolationKind =
  | "unsupported"
  | "unknown_vehicle"
  | "duplicate_vehicle"
  | "unknown_task"
  | "duplicate_task"
  | "missing_task"
  | "start"
  | "end"
  | "location_mismatch"
  | "skills"
  | "capacity"
  | "time_window"
  | "shift"
  | "max_tasks"
  | "precedence"
  | "load_mismatch"
  | "arrival_mismatch"
  | "cost_mismatch"

export interface Violation {
  kind: ViolationKind
  message: string
  vehicle?: number
  step?: number
  id?: number
}

export interface CheckResult {
  feasible: boolean
  violations: Violation[]
  /** Recomputed totals (problem units, not rounded). */
  cost: number
  duration: number
  distance: number
  /** Routes that serve at least one task. */
  routes: number
  assigned: number
  unassigned: number
  /** Sum of the priorities of the served jobs and shipments. */
  priority: number
}

export type CheckOptions = CheckTravelOptions

/** What a task step refers to in the problem. */
interface TaskRef {
  key: string
  kind: "job" | "pickup" | "delivery"
  id: number
  place: Place
  /** setup + service: the planner always pays setup (conservative reading of VROOM). */
  service: number
  windows: TimeWindow[]
  skills: number[]
  priority: number
  /** Amount on board from the route start (job deliveries). */
  fromStart: Amount
  /** Change of the load at the stop. */
  change: Amount
  /** The other side of a shipment. */
  partner?: string
}

const ROUNDING = 1e-3 * (1 + 1e-9)
const REFUSED = ["breaks", "max_travel_time", "max_distance", "steps"] as const
const close = (a: number, b: number, rel = 1e-6) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b))

function windowsOf(tws: TimeWindow[] | undefined): TimeWindow[] {
  return tws && tws.length ? [...tws].sort((a, b) => a[0] - b[0]) : [[0, Infinity]]
}

function amount(a: Amount | undefined, dims: number, sign = 1): Amount {
  return Array.from({ length: dims }, (_, d) => sign * (a?.[d] ?? 0))
}

function tasksOf(problem: Problem, dims: number): Map<string, TaskRef> {
  const refs = new Map<string, TaskRef>()
  for (const j of problem.jobs ?? []) {
    refs.set(`job:${j.id}`, {
      key: `job:${j.id}`, kind: "job", id: j.id,
      place: { index: j.location_index, coords: j.location },
      service: (j.service ?? 0) + (j.setup ?? 0),
      windows: windowsOf(j.time_windows),
      skills: j.skills ?? [],
      priority: j.priority ?? 0,
      fromStart: amount(j.delivery, dims),
      change: Array.from({ length: dims }, (_, d) => (j.pickup?.[d] ?? 0) - (j.delivery?.[d] ?? 0)),
    })
  }
  for (const s of problem.shipments ?? []) {
    const side = (kind: "pickup" | "delivery") => {
      const st = s[kind]
      return {
        key: `${kind}:${st.id}`, kind, id: st.id,
        place: { index: st.location_index, coords: st.location },
        service: (st.service ?? 0) + (st.setup ?? 0),
        windows: windowsOf(st.time_windows),
        skills: s.skills ?? [],
        priority: kind === "pickup" ? s.priority ?? 0 : 0,
        fromStart: amount(undefined, dims),
        change: amount(s.amount, dims, kind === "pickup" ? 1 : -1),
        partner: `${kind === "pickup" ? "delivery" : "pickup"}:${s[kind === "pickup" ? "delivery" : "pickup"].id}`,
      } satisfies TaskRef
    }
    const p = side("pickup")
    const d = side("delivery")
    refs.set(p.key, p)
    refs.set(d.key, d)
  }
  return refs
}

function dimsOf(problem: Problem): number {
  let dims = 0
  for (const v of problem.vehicles) dims = Math.max(dims, v.capacity?.length ?? 0)
  for (const j of problem.jobs ?? []) dims = Math.max(dims, j.delivery?.length ?? 0, j.pickup?.length ?? 0)
  for (const s of problem.shipments ?? []) dims = Math.max(dims, s.amount?.length ?? 0)
  return dims
}

function samePlace(a: Place, step: Step): boolean {
  if (a.index !== undefined && step.location_index !== undefined) return a.index === step.location_index
  if (a.coords && step.location) return a.coords[0] === step.location[0] && a.coords[1] === step.location[1]
  return true // the step does not say where it is
}

interface RouteTotals {
  cost: number
  duration: number
  distance: number
  priority: number
  served: number
}

/** Checks one vehicle's route; pushes violations and returns the recomputed totals. */
function checkRoute(
  problem: Problem,
  vehicle: Vehicle,
  steps: Step[],
  reportedCost: number | undefined,
  refs: Map<string, TaskRef>,
  seen: Map<string, number>,
  dims: number,
  opts: CheckOptions,
  out: Violation[],
): RouteTotals {
  const vid = vehicle.id
  const push = (v: Omit<Violation, "vehicle">) => out.push({ vehicle: vid, ...v })
  const start: Place | null = vehicle.start_index !== undefined || vehicle.start ? { index: vehicle.start_index, coords: vehicle.start } : null
  const end: Place | null = vehicle.end_index !== undefined || vehicle.end ? { index: vehicle.end_index, coords: vehicle.end } : null
  const first = steps[0]
  const last = steps[steps.length - 1]
  if (start && first?.type !== "start") push({ kind: "start", message: `route of vehicle ${vid} does not begin at its start` })
  if (!start && steps.some((s) => s.type === "start")) push({ kind: "start", message: `vehicle ${vid} has no start but the route has a start step` })
  if (end && last?.type !== "end") push({ kind: "end", message: `route of vehicle ${vid} does not finish at its end` })
  if (!end && steps.some((s) => s.type === "end")) push({ kind: "end", message: `vehicle ${vid} has no end but the route has an end step` })
  steps.forEach((s, si) => {
    if ((s.type === "start" && si !== 0) || (s.type === "end" && si !== steps.length - 1)) {
      push({ kind: s.type, step: si, message: `vehicle ${vid}: a ${s.type} step in the middle of the route` })
    }
  })
  if (start && first?.type === "start" && !samePlace(start, first)) push({ kind: "location_mismatch", step: 0, message: `vehicle ${vid} starts away from its start` })
  if (end && last?.type === "end" && !samePlace(end, last)) push({ kind: "location_mismatch", step: steps.length - 1, message: `vehicle ${vid} ends away from its end` })

  // resolve the task steps
  const visits: { ref: TaskRef; step: number }[] = []
  steps.forEach((s, si) => {
    if (s.type !== "job" && s.type !== "pickup" && s.type !== "delivery") return
    const id = (s.id ?? s.job) as number
    const ref = refs.get(`${s.type}:${id}`)
    if (!ref) return push({ kind: "unknown_task", step: si, id, message: `${s.type} ${id} is not in the problem` })
    const n = (seen.get(ref.key) ?? 0) + 1
    seen.set(ref.key, n)
    if (n > 1) push({ kind: "duplicate_task", step: si, id, message: `${s.type} ${id} is served twice` })
    if (!samePlace(ref.place, s)) push({ kind: "location_mismatch", step: si, id, message: `${s.type} ${id} reported away from its location` })
    visits.push({ ref, step: si })
  })
  const totals: RouteTotals = { cost: 0, duration: 0, distance: 0, priority: 0, served: visits.length }
  if (visits.length === 0) return totals
  if (visits.length > (vehicle.max_tasks ?? Infinity)) {
    push({ kind: "max_tasks", message: `vehicle ${vid} serves ${visits.length} tasks, max_tasks is ${vehicle.max_tasks}` })
  }
  const has = new Set(vehicle.skills ?? [])
  const order = new Map(visits.map((v, k) => [v.ref.key, k]))
  visits.forEach(({ ref, step }, k) => {
    if (!ref.skills.every((s) => has.has(s))) push({ kind: "skills", step, id: ref.id, message: `vehicle ${vid} lacks the skills for ${ref.kind} ${ref.id}` })
    if (!ref.partner) return
    const other = order.get(ref.partner)
    if (other === undefined) push({ kind: "precedence", id: ref.id, message: `${ref.kind} ${ref.id} is on vehicle ${vid} but the other side of its shipment is not` })
    else if (ref.kind === "delivery" && other > k) push({ kind: "precedence", id: ref.id, message: `delivery ${ref.id} comes before its pickup on vehicle ${vid}` })
  })

  // schedule, travel and cost; reported arrivals later than possible are taken as the plan
  const travel = vehicleTravel(problem, vehicle, opts)
  const [shiftStart, shiftEnd] = vehicle.time_window ?? [0, Infinity]
  let time = shiftStart
  if (first?.type === "start" && typeof first.arrival === "number") {
    if (first.arrival < shiftStart - ROUNDING) push({ kind: "shift", step: 0, message: `vehicle ${vid} leaves at ${first.arrival}, before its shift opens at ${shiftStart}` })
    if (first.arrival > shiftStart + ROUNDING) time = first.arrival
  }
  let prev: Place | null = start
  const go = (to: Place) => {
    if (!prev) return
    const leg = travel(prev, to)
    time += leg.duration
    totals.duration += leg.duration
    totals.distance += leg.distance
    totals.cost += leg.cost
  }
  const load = Array.from({ length: dims }, (_, d) => visits.reduce((s, v) => s + v.ref.fromStart[d], 0))
  const cap = vehicle.capacity
  const checkLoad = (si: number, id?: number) => {
    const over = cap ? load.findIndex((l, d) => l > (cap[d] ?? 0) + 1e-6 * Math.max(1, cap[d] ?? 0)) : -1
    if (over >= 0) push({ kind: "capacity", step: si, id, message: `vehicle ${vid} carries ${load[over]} > capacity ${cap![over]} (dimension ${over}) at step ${si}` })
    const reported = steps[si]?.load
    if (Array.isArray(reported) && dims > 0 && load.some((l, d) => !close(l, reported[d] ?? 0))) {
      push({ kind: "load_mismatch", step: si, id, message: `reported load ${JSON.stringify(reported)} differs from ${JSON.stringify(load)} at step ${si}` })
    }
  }
  // the load on leaving: reported on the start step when there is one
  checkLoad(first?.type === "start" ? 0 : -1)
  for (const { ref, step } of visits) {
    go(ref.place)
    const reported = steps[step].arrival
    // solutions round times to 3 decimals: only a difference beyond that is a claim
    if (typeof reported === "number") {
      if (reported < time - ROUNDING) {
        push({ kind: "arrival_mismatch", step, id: ref.id, message: `reported arrival ${reported} is earlier than possible (${time})` })
      } else if (reported > time + ROUNDING) time = reported
    }
    const w = ref.windows.find((tw) => time <= tw[1] + 1e-6 * Math.max(1, tw[1]))
    if (!w) push({ kind: "time_window", step, id: ref.id, message: `${ref.kind} ${ref.id} reached at ${time}, after its last time window` })
    else if (time < w[0]) time = w[0]
    time += ref.service
    ref.change.forEach((c, d) => (load[d] += c))
    checkLoad(step, ref.id)
    totals.priority += ref.priority
    prev = ref.place
  }
  if (end) go(end)
  if (time > shiftEnd + 1e-6 * Math.max(1, shiftEnd)) {
    push({ kind: "shift", message: `vehicle ${vid} finishes at ${time}, after its shift ends at ${shiftEnd}` })
  }
  totals.cost += vehicle.costs?.fixed ?? 0
  if (typeof reportedCost === "number" && Math.abs(reportedCost - totals.cost) > 1e-2 + 1e-6 * totals.cost) {
    push({ kind: "cost_mismatch", message: `reported route cost ${reportedCost} differs from ${totals.cost}` })
  }
  return totals
}

export function checkSolution(problem: Problem, solution: Solution, opts: CheckOptions = {}): CheckResult {
  const V: Violation[] = []
  const dims = dimsOf(problem)
  const refs = tasksOf(problem, dims)
  const seen = new Map<string, number>()
  const result: CheckResult = { feasible: false, violations: V, cost: 0, duration: 0, distance: 0, routes: 0, assigned: 0, unassigned: 0, priority: 0 }
  problem.vehicles.forEach((v) => {
    for (const k of REFUSED) {
      if ((v as unknown as Record<string, unknown>)[k] !== undefined) {
        V.push({ kind: "unsupported", vehicle: v.id, message: `vehicle ${v.id} has ${k}, which this checker cannot vouch for` })
      }
    }
  })
  const byId = new Map(problem.vehicles.map((v) => [v.id, v]))
  const used = new Set<number>()
  for (const route of solution.routes ?? []) {
    const vehicle = byId.get(route.vehicle)
    if (!vehicle) {
      V.push({ kind: "unknown_vehicle", vehicle: route.vehicle, message: `vehicle ${route.vehicle} is not in the problem` })
      continue
    }
    if (used.has(vehicle.id)) {
      V.push({ kind: "duplicate_vehicle", vehicle: vehicle.id, message: `vehicle ${vehicle.id} has two routes` })
      continue
    }
    used.add(vehicle.id)
    const t = checkRoute(problem, vehicle, route.steps ?? [], route.cost, refs, seen, dims, opts, V)
    result.cost += t.cost
    result.duration += t.duration
    result.distance += t.distance
    result.priority += t.priority
    result.assigned += t.served
    if (t.served > 0) result.routes++
  }
  for (const u of solution.unassigned ?? []) {
    const ref = refs.get(`${u.type}:${u.id}`)
    if (!ref) {
      V.push({ kind: "unknown_task", id: u.id, message: `unassigned ${u.type} ${u.id} is not in the problem` })
      continue
    }
    const n = (seen.get(ref.key) ?? 0) + 1
    seen.set(ref.key, n)
    if (n > 1) V.push({ kind: "duplicate_task", id: u.id, message: `${u.type} ${u.id} is both served and unassigned, or listed twice` })
    result.unassigned++
  }
  for (const ref of refs.values()) {
    if (!seen.has(ref.key)) V.push({ kind: "missing_task", id: ref.id, message: `${ref.kind} ${ref.id} is neither served nor unassigned` })
  }
  const reported = solution.summary?.cost
  if (typeof reported === "number" && Math.abs(reported - result.cost) > 1e-2 + 1e-6 * result.cost) {
    V.push({ kind: "cost_mismatch", message: `reported cost ${reported} differs from ${result.cost}` })
  }
  result.feasible = V.length === 0
  return result
}
