import { buildLocations, DEFAULT_SPEEDS, matricesFor, type LocationTable, type MatrixSet } from "./matrix"
import type { Amount, Coordinates, Problem, TimeWindow } from "./types"

export const KIND_JOB = 0
export const KIND_PICKUP = 1
export const KIND_DELIVERY = 2

/** Travel data of one vehicle class: time and cost matrices (flattened, row-major). */
export interface Travel {
  size: number
  time: Float64Array
  cost: Float64Array
  distance: Float64Array | null
}

/**
 * The problem compiled to flat arrays. A "task" is one stop: a job, or one side of a shipment.
 */
export interface Model {
  problem: Problem
  nTasks: number
  dims: number
  locations: LocationTable
  // tasks
  taskLoc: Int32Array
  taskService: Float64Array
  taskKind: Uint8Array
  /** Pickup ↔ delivery partner of a shipment task, -1 for jobs. */
  taskSibling: Int32Array
  taskPriority: Float64Array
  /** Time windows of task i: twStart/twEnd[twOff[i] .. twOff[i+1]), sorted. */
  twOff: Int32Array
  twStart: Float64Array
  twEnd: Float64Array
  /** Amount carried from the route start (job deliveries), per dimension. */
  taskStartLoad: Float64Array
  /** Amount added to the load at the stop (job pickups, shipment pickups). */
  taskAdd: Float64Array
  /** Amount removed from the load at the stop (job deliveries, shipment deliveries). */
  taskRemove: Float64Array
  /** Original id and source index (jobs[i] or shipments[i]). */
  taskId: Float64Array
  taskSource: Int32Array
  // vehicles
  nVehicles: number
  vStart: Int32Array
  vEnd: Int32Array
  vTwStart: Float64Array
  vTwEnd: Float64Array
  vCapacity: Float64Array
  vMaxTasks: Float64Array
  vFixed: Float64Array
  /** Index into `travels` for each vehicle. */
  vTravel: Int32Array
  /** Vehicles with identical attributes share a class (used to try only one empty route per class). */
  vClass: Int32Array
  travels: Travel[]
  /** allowed[t * nVehicles + v] = 1 when vehicle v has the skills of task t. */
  allowed: Uint8Array
  hasFixedCosts: boolean
  hasShipments: boolean
}

export interface ModelOptions {
  roadFactor?: number
  profileSpeeds?: Record<string, number>
}

function sortedWindows(tws: TimeWindow[] | undefined): TimeWindow[] {
  if (!tws || tws.length === 0) return [[0, Infinity]]
  return [...tws].sort((a, b) => a[0] - b[0] || a[1] - b[1])
}

/** Compiles a validated problem. */
export function buildModel(problem: Problem, opts: ModelOptions = {}): Model {
  const locations = buildLocations(problem)
  const jobs = problem.jobs ?? []
  const shipments = problem.shipments ?? []
  const vehicles = problem.vehicles
  let dims = 0
  for (const v of vehicles) if (v.capacity) dims = Math.max(dims, v.capacity.length)
  for (const j of jobs) dims = Math.max(dims, j.delivery?.length ?? 0, j.pickup?.length ?? 0)
  for (const s of shipments) dims = Math.max(dims, s.amount?.length ?? 0)

  const n = jobs.length + 2 * shipments.length
  const taskLoc = new Int32Array(n)
  const taskService = new Float64Array(n)
  const taskKind = new Uint8Array(n)
  const taskSibling = new Int32Array(n).fill(-1)
  const taskPriority = new Float64Array(n)
  const taskStartLoad = new Float64Array(n * dims)
  const taskAdd = new Float64Array(n * dims)
  const taskRemove = new Float64Array(n * dims)
  const taskId = new Float64Array(n)
  const taskSource = new Int32Array(n)
  const windows: TimeWindow[][] = []
  const skills: (number[] | undefined)[] = []

  const put = (arr: Float64Array, t: number, a: Amount | undefined) => {
    if (a) for (let d = 0; d < a.length; d++) arr[t * dims + d] = a[d]
  }
  let t = 0
  jobs.forEach((j, i) => {
    taskLoc[t] = locations.locate(j.location_index, j.location as Coordinates | undefined)
    taskService[t] = (j.service ?? 0) + (j.setup ?? 0)
    taskKind[t] = KIND_JOB
    taskPriority[t] = j.priority ?? 0
    put(taskStartLoad, t, j.delivery)
    put(taskRemove, t, j.delivery)
    put(taskAdd, t, j.pickup)
    taskId[t] = j.id
    taskSource[t] = i
    windows.push(sortedWindows(j.time_windows))
    skills.push(j.skills)
    t++
  })
  shipments.forEach((s, i) => {
    const p = t
    const d = t + 1
    taskLoc[p] = locations.locate(s.pickup.location_index, s.pickup.location as Coordinates | undefined)
    taskLoc[d] = locations.locate(s.delivery.location_index, s.delivery.location as Coordinates | undefined)
    taskService[p] = (s.pickup.service ?? 0) + (s.pickup.setup ?? 0)
    taskService[d] = (s.delivery.service ?? 0) + (s.delivery.setup ?? 0)
    taskKind[p] = KIND_PICKUP
    taskKind[d] = KIND_DELIVERY
    taskSibling[p] = d
    taskSibling[d] = p
    taskPriority[p] = taskPriority[d] = s.priority ?? 0
    put(taskAdd, p, s.amount)
    put(taskRemove, d, s.amount)
    taskId[p] = s.pickup.id
    taskId[d] = s.delivery.id
    taskSource[p] = taskSource[d] = i
    windows.push(sortedWindows(s.pickup.time_windows), sortedWindows(s.delivery.time_windows))
    skills.push(s.skills, s.skills)
    t += 2
  })
  const twOff = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) twOff[i + 1] = twOff[i] + windows[i].length
  const twStart = new Float64Array(twOff[n])
  const twEnd = new Float64Array(twOff[n])
  for (let i = 0; i < n; i++) {
    windows[i].forEach((w, k) => {
      twStart[twOff[i] + k] = w[0]
      twEnd[twOff[i] + k] = w[1]
    })
  }

  const V = vehicles.length
  const vStart = new Int32Array(V)
  const vEnd = new Int32Array(V)
  const vTwStart = new Float64Array(V)
  const vTwEnd = new Float64Array(V)
  const vCapacity = new Float64Array(V * dims)
  const vMaxTasks = new Float64Array(V)
  const vFixed = new Float64Array(V)
  const vTravel = new Int32Array(V)
  const vClass = new Int32Array(V)
  const travels: Travel[] = []
  const travelKeys = new Map<string, number>()
  const classKeys = new Map<string, number>()
  const matrixCache = new Map<string, MatrixSet>()
  const roadFactor = opts.roadFactor ?? 1.3
  const speeds = { ...DEFAULT_SPEEDS, ...(opts.profileSpeeds ?? {}) }

  vehicles.forEach((v, i) => {
    vStart[i] = locations.locate(v.start_index, v.start as Coordinates | undefined)
    vEnd[i] = locations.locate(v.end_index, v.end as Coordinates | undefined)
    vTwStart[i] = v.time_window?.[0] ?? 0
    vTwEnd[i] = v.time_window?.[1] ?? Infinity
    for (let d = 0; d < dims; d++) vCapacity[i * dims + d] = v.capacity ? v.capacity[d] ?? 0 : Infinity
    vMaxTasks[i] = v.max_tasks ?? Infinity
    vFixed[i] = v.costs?.fixed ?? 0
    const profile = v.profile ?? "car"
    const speedFactor = v.speed_factor ?? 1
    const perHour = v.costs?.per_hour ?? 3600
    const perKm = v.costs?.per_km ?? 0
    const key = `${profile}|${speedFactor}|${perHour}|${perKm}`
    let ti = travelKeys.get(key)
    if (ti === undefined) {
      let ms = matrixCache.get(profile)
      if (!ms) {
        ms = matricesFor(problem, profile, locations, roadFactor, speeds)
        matrixCache.set(profile, ms)
      }
      const size = ms.size
      let time = ms.durations
      if (speedFactor !== 1) {
        time = new Float64Array(ms.durations.length)
        for (let k = 0; k < time.length; k++) time[k] = ms.durations[k] / speedFactor
      }
      let cost: Float64Array
      if (ms.costs) cost = ms.costs
      else if (perHour === 3600 && perKm === 0) cost = time
      else {
        cost = new Float64Array(time.length)
        for (let k = 0; k < cost.length; k++) {
          cost[k] = (perHour * time[k]) / 3600 + (ms.distances ? (perKm * ms.distances[k]) / 1000 : 0)
        }
      }
      ti = travels.length
      travels.push({ size, time, cost, distance: ms.distances })
      travelKeys.set(key, ti)
    }
    vTravel[i] = ti
    const ckey = JSON.stringify([
      ti, vStart[i], vEnd[i], vTwStart[i], vTwEnd[i] === Infinity ? "inf" : vTwEnd[i],
      v.capacity ?? null, v.max_tasks ?? null, vFixed[i], [...(v.skills ?? [])].sort(),
    ])
    let ci = classKeys.get(ckey)
    if (ci === undefined) {
      ci = classKeys.size
      classKeys.set(ckey, ci)
    }
    vClass[i] = ci
  })

  const allowed = new Uint8Array(n * V)
  for (let i = 0; i < n; i++) {
    const need = skills[i]
    for (let v = 0; v < V; v++) {
      const has = vehicles[v].skills ?? []
      allowed[i * V + v] = !need || need.every((s) => has.includes(s)) ? 1 : 0
    }
  }

  // one object literal: V8 gives it fast properties. The same 31 fields put on `{}` by
  // Object.assign made a dictionary-mode object, so every `m.field` read in the search's inner
  // loops was a hash lookup (ruin-and-recreate alone ran about 1.6× slower on Gehring–Homberger 200)
  return {
    problem, nTasks: n, dims, locations,
    taskLoc, taskService, taskKind, taskSibling, taskPriority, twOff, twStart, twEnd,
    taskStartLoad, taskAdd, taskRemove, taskId, taskSource,
    nVehicles: V, vStart, vEnd, vTwStart, vTwEnd, vCapacity, vMaxTasks, vFixed, vTravel, vClass,
    travels, allowed,
    hasFixedCosts: vFixed.some((f) => f > 0),
    hasShipments: shipments.length > 0,
  }
}

/** Travel cost of visiting `loc` between locations `prev` and `next` of a travel matrix of size n (-1: none) instead of going straight. */
export function detour(c: Float64Array, n: number, prev: number, loc: number, next: number): number {
  let d = 0
  if (prev >= 0) d += c[prev * n + loc]
  if (next >= 0) d += c[loc * n + next]
  if (prev >= 0 && next >= 0) d -= c[prev * n + next]
  return d
}

/** Service start for an arrival at task t: the arrival or the next window opening; Infinity if too late. */
export function serviceStart(m: Model, t: number, arrival: number): number {
  const end = m.twOff[t + 1]
  for (let k = m.twOff[t]; k < end; k++) {
    if (arrival <= m.twEnd[k]) return arrival > m.twStart[k] ? arrival : m.twStart[k]
  }
  return Infinity
}

/** Latest arrival at task t such that service can start no later than `latestStart`. */
export function latestArrival(m: Model, t: number, latestStart: number): number {
  const begin = m.twOff[t]
  for (let k = m.twOff[t + 1] - 1; k >= begin; k--) {
    if (m.twStart[k] <= latestStart) return latestStart < m.twEnd[k] ? latestStart : m.twEnd[k]
  }
  return -Infinity
}
