import { buildModel } from "./model"
import type { Problem, Solution, TimeWindow } from "./types"

export type ViolationKind =
  | "unknown_vehicle"
  | "duplicate_vehicle"
  | "unknown_task"
  | "duplicate_task"
  | "missing_task"
  | "start"
  | "end"
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
  routes: number
  assigned: number
  unassigned: number
}

const EPS = 1e-6
const tol = (x: number) => EPS * Math.max(1, Math.abs(x))

/**
 * Independent check of a solution against its problem: recomputes arrivals, loads and costs
 * from the problem data and lists every violated rule.
 */
export function checkSolution(problem: Problem, solution: Solution): CheckResult {
  const m = buildModel(problem)
  const V: Violation[] = []
  const jobs = problem.jobs ?? []
  const shipments = problem.shipments ?? []
  const D = m.dims
  // id lookup per step type
  const byType: Record<string, Map<number, { task: number; windows: TimeWindow[] }>> = {
    job: new Map(), pickup: new Map(), delivery: new Map(),
  }
  const allWindows = (tws?: TimeWindow[]): TimeWindow[] =>
    tws && tws.length ? [...tws].sort((a, b) => a[0] - b[0]) : [[0, Infinity]]
  jobs.forEach((j, i) => byType.job.set(j.id, { task: i, windows: allWindows(j.time_windows) }))
  shipments.forEach((s, i) => {
    const base = jobs.length + 2 * i
    byType.pickup.set(s.pickup.id, { task: base, windows: allWindows(s.pickup.time_windows) })
    byType.delivery.set(s.delivery.id, { task: base + 1, windows: allWindows(s.delivery.time_windows) })
  })
  const seen = new Int32Array(m.nTasks)
  const vehicleIndex = new Map<number, number>()
  problem.vehicles.forEach((v, i) => vehicleIndex.set(v.id, i))
  const usedVehicles = new Set<number>()
  let totalCost = 0
  let totalDuration = 0
  let totalDistance = 0
  let assigned = 0

  for (const route of solution.routes ?? []) {
    const vi = vehicleIndex.get(route.vehicle)
    if (vi === undefined) {
      V.push({ kind: "unknown_vehicle", vehicle: route.vehicle, message: `vehicle ${route.vehicle} is not in the problem` })
      continue
    }
    if (usedVehicles.has(vi)) {
      V.push({ kind: "duplicate_vehicle", vehicle: route.vehicle, message: `vehicle ${route.vehicle} has two routes` })
      continue
    }
    usedVehicles.add(vi)
    const veh = problem.vehicles[vi]
    const tr = m.travels[m.vTravel[vi]]
    const n = tr.size
    const twStart = veh.time_window?.[0] ?? 0
    const twEnd = veh.time_window?.[1] ?? Infinity
    const steps = route.steps ?? []
    const taskSteps = steps.filter((s) => s.type === "job" || s.type === "pickup" || s.type === "delivery")
    const vid = veh.id
    // start / end steps
    const startLoc = m.vStart[vi]
    const endLoc = m.vEnd[vi]
    const firstIsStart = steps.length > 0 && steps[0].type === "start"
    const lastIsEnd = steps.length > 0 && steps[steps.length - 1].type === "end"
    if (startLoc >= 0 && !firstIsStart) V.push({ kind: "start", vehicle: vid, message: `route of vehicle ${vid} does not begin at its start` })
    if (startLoc < 0 && firstIsStart) V.push({ kind: "start", vehicle: vid, message: `vehicle ${vid} has no start but the route has a start step` })
    if (endLoc >= 0 && !lastIsEnd) V.push({ kind: "end", vehicle: vid, message: `route of vehicle ${vid} does not finish at its end` })
    if (endLoc < 0 && lastIsEnd) V.push({ kind: "end", vehicle: vid, message: `vehicle ${vid} has no end but the route has an end step` })
    if (taskSteps.length === 0) continue
    if (taskSteps.length > (veh.max_tasks ?? Infinity)) {
      V.push({ kind: "max_tasks", vehicle: vid, message: `vehicle ${vid} serves ${taskSteps.length} tasks, max_tasks is ${veh.max_tasks}` })
    }
    // resolve tasks
    const tasks: number[] = []
    const windows: TimeWindow[][] = []
    const stepIndex: number[] = []
    steps.forEach((s, si) => {
      if (s.type !== "job" && s.type !== "pickup" && s.type !== "delivery") return
      const id = (s.id ?? s.job) as number
      const found = byType[s.type].get(id)
      if (!found) {
        V.push({ kind: "unknown_task", vehicle: vid, step: si, id, message: `${s.type} ${id} is not in the problem` })
        return
      }
      seen[found.task]++
      if (seen[found.task] > 1) V.push({ kind: "duplicate_task", vehicle: vid, step: si, id, message: `${s.type} ${id} is served twice` })
      tasks.push(found.task)
      windows.push(found.windows)
      stepIndex.push(si)
    })
    assigned += tasks.length
    // skills
    for (let k = 0; k < tasks.length; k++) {
      if (!m.allowed[tasks[k] * m.nVehicles + vi]) {
        V.push({ kind: "skills", vehicle: vid, step: stepIndex[k], id: m.taskId[tasks[k]], message: `vehicle ${vid} lacks the skills for task ${m.taskId[tasks[k]]}` })
      }
    }
    // precedence
    const posOf = new Map<number, number>()
    tasks.forEach((t, k) => posOf.set(t, k))
    tasks.forEach((t, k) => {
      if (m.taskKind[t] === 1) {
        const d = m.taskSibling[t]
        const pd = posOf.get(d)
        if (pd === undefined) V.push({ kind: "precedence", vehicle: vid, id: m.taskId[t], message: `pickup ${m.taskId[t]} is on vehicle ${vid} but its delivery is not` })
        else if (pd < k) V.push({ kind: "precedence", vehicle: vid, id: m.taskId[d], message: `delivery ${m.taskId[d]} comes before its pickup on vehicle ${vid}` })
      } else if (m.taskKind[t] === 2 && !posOf.has(m.taskSibling[t])) {
        V.push({ kind: "precedence", vehicle: vid, id: m.taskId[t], message: `delivery ${m.taskId[t]} is on vehicle ${vid} but its pickup is not` })
      }
    })
    // schedule and cost
    let time = twStart
    if (firstIsStart && typeof steps[0].arrival === "number" && steps[0].arrival > time) time = steps[0].arrival
    let prev = startLoc
    let cost = m.vFixed[vi]
    let duration = 0
    let distance = 0
    const go = (to: number) => {
      if (prev < 0 || to < 0) return
      const k = prev * n + to
      time += tr.time[k]
      duration += tr.time[k]
      cost += tr.cost[k]
      if (tr.distance) distance += tr.distance[k]
    }
    // loads
    const cap = veh.capacity
    const load = new Array(D).fill(0)
    for (const t of tasks) for (let d = 0; d < D; d++) load[d] += m.taskStartLoad[t * D + d]
    const checkLoad = (si: number, id?: number) => {
      for (let d = 0; d < D; d++) {
        if (cap && load[d] > cap[d] + tol(cap[d])) {
          V.push({ kind: "capacity", vehicle: vid, step: si, id, message: `vehicle ${vid} carries ${load[d]} > capacity ${cap[d]} (dimension ${d}) at step ${si}` })
          return
        }
      }
      const reported = steps[si]?.load
      if (Array.isArray(reported) && D > 0 && reported.some((x, d) => Math.abs(x - load[d]) > tol(load[d]))) {
        V.push({ kind: "load_mismatch", vehicle: vid, step: si, id, message: `reported load ${JSON.stringify(reported)} differs from ${JSON.stringify(load)} at step ${si}` })
      }
    }
    if (firstIsStart) checkLoad(0)
    else checkLoad(-1)
    for (let k = 0; k < tasks.length; k++) {
      const t = tasks[k]
      const si = stepIndex[k]
      go(m.taskLoc[t])
      const reportedArrival = steps[si].arrival
      if (typeof reportedArrival === "number" && reportedArrival < time - 1e-3 * Math.max(1, Math.abs(time))) {
        V.push({ kind: "arrival_mismatch", vehicle: vid, step: si, id: m.taskId[t], message: `reported arrival ${reportedArrival} is earlier than possible (${time})` })
      }
      const w = windows[k].find((tw) => time <= tw[1] + tol(tw[1]))
      if (!w) {
        V.push({ kind: "time_window", vehicle: vid, step: si, id: m.taskId[t], message: `task ${m.taskId[t]} reached at ${time}, after its last time window` })
      } else if (time < w[0]) time = w[0]
      time += m.taskService[t]
      for (let d = 0; d < D; d++) load[d] += m.taskAdd[t * D + d] - m.taskRemove[t * D + d]
      checkLoad(si, m.taskId[t])
      prev = m.taskLoc[t]
    }
    go(endLoc)
    if (time > twEnd + tol(twEnd)) {
      V.push({ kind: "shift", vehicle: vid, message: `vehicle ${vid} finishes at ${time}, after its time window end ${twEnd}` })
    }
    if (typeof route.cost === "number" && Math.abs(route.cost - cost) > 1e-2 + 1e-6 * cost) {
      V.push({ kind: "cost_mismatch", vehicle: vid, message: `reported route cost ${route.cost} differs from ${cost}` })
    }
    totalCost += cost
    totalDuration += duration
    totalDistance += distance
  }
  // unassigned
  for (const u of solution.unassigned ?? []) {
    const found = byType[u.type]?.get(u.id)
    if (!found) {
      V.push({ kind: "unknown_task", id: u.id, message: `unassigned ${u.type} ${u.id} is not in the problem` })
      continue
    }
    seen[found.task]++
    if (seen[found.task] > 1) V.push({ kind: "duplicate_task", id: u.id, message: `${u.type} ${u.id} is both served and unassigned, or listed twice` })
  }
  for (let t = 0; t < m.nTasks; t++) {
    if (seen[t] === 0) {
      const type = m.taskKind[t] === 0 ? "job" : m.taskKind[t] === 1 ? "pickup" : "delivery"
      V.push({ kind: "missing_task", id: m.taskId[t], message: `${type} ${m.taskId[t]} is neither served nor unassigned` })
    }
  }
  const reportedCost = solution.summary?.cost
  if (typeof reportedCost === "number" && Math.abs(reportedCost - totalCost) > 1e-2 + 1e-6 * totalCost) {
    V.push({ kind: "cost_mismatch", message: `reported cost ${reportedCost} differs from ${totalCost}` })
  }
  return {
    feasible: V.length === 0,
    violations: V,
    cost: totalCost,
    duration: totalDuration,
    distance: totalDistance,
    routes: usedVehicles.size,
    assigned,
    unassigned: (solution.unassigned ?? []).length,
  }
}
