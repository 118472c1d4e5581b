import { KIND_DELIVERY, KIND_JOB, KIND_PICKUP, serviceStart, type Model } from "./model"
import type { Route, Solution, Step, Unassigned } from "./types"

const round3 = (x: number) => Math.round(x * 1000) / 1000

/** Builds the VROOM-format solution from task lists per vehicle. */
export function buildSolution(
  m: Model,
  routes: number[][],
  unassigned: { task: number; reason: string }[],
  times: { loading: number; solving: number },
): Solution {
  const D = m.dims
  const out: Route[] = []
  const totals = { cost: 0, setup: 0, service: 0, duration: 0, waiting: 0, priority: 0, distance: 0 }
  const sumDelivery = new Array(D).fill(0)
  const sumPickup = new Array(D).fill(0)
  const problem = m.problem
  routes.forEach((r, v) => {
    if (r.length === 0) return
    const vehicle = problem.vehicles[v]
    const tr = m.travels[m.vTravel[v]]
    const n = tr.size
    const load = new Array(D).fill(0)
    const delivery = new Array(D).fill(0)
    const pickup = new Array(D).fill(0)
    for (const t of r) {
      for (let d = 0; d < D; d++) {
        load[d] += m.taskStartLoad[t * D + d]
        if (m.taskKind[t] === KIND_JOB) {
          delivery[d] += m.taskStartLoad[t * D + d]
          pickup[d] += m.taskAdd[t * D + d]
        } else if (m.taskKind[t] === KIND_PICKUP) pickup[d] += m.taskAdd[t * D + d]
        else delivery[d] += m.taskRemove[t * D + d]
      }
    }
    const steps: Step[] = []
    let time = m.vTwStart[v]
    let travelTime = 0
    let cost = 0
    let distance = 0
    let service = 0
    let waiting = 0
    let priority = 0
    let prev = m.vStart[v]
    const place = (loc: number) => {
      const o: { location?: [number, number]; location_index?: number } = {}
      if (loc < 0) return o
      if (problem.matrices || problem.matrix) o.location_index = loc
      const c = m.locations.coords[loc]
      if (c) o.location = c
      return o
    }
    const travel = (to: number) => {
      if (prev < 0 || to < 0) return
      const k = prev * n + to
      time += tr.time[k]
      travelTime += tr.time[k]
      cost += tr.cost[k]
      if (tr.distance) distance += tr.distance[k]
    }
    if (prev >= 0) {
      steps.push({
        type: "start", ...place(prev), setup: 0, service: 0, waiting_time: 0,
        arrival: round3(time), duration: 0, distance: 0, load: load.slice(),
      })
    }
    for (const t of r) {
      const loc = m.taskLoc[t]
      travel(loc)
      const arrival = time
      const start = serviceStart(m, t, arrival)
      const wait = start - arrival
      waiting += wait
      service += m.taskService[t]
      priority += m.taskKind[t] === KIND_DELIVERY ? 0 : m.taskPriority[t]
      for (let d = 0; d < D; d++) load[d] += m.taskAdd[t * D + d] - m.taskRemove[t * D + d]
      const kind = m.taskKind[t]
      const id = m.taskId[t]
      const src = m.taskSource[t]
      const description =
        kind === KIND_JOB
          ? problem.jobs![src].description
          : kind === KIND_PICKUP
            ? problem.shipments![src].pickup.description
            : problem.shipments![src].delivery.description
      steps.push({
        type: kind === KIND_JOB ? "job" : kind === KIND_PICKUP ? "pickup" : "delivery",
        id, job: id,
        ...(description !== undefined ? { description } : {}),
        ...place(loc),
        setup: 0,
        service: m.taskService[t],
        waiting_time: round3(wait),
        arrival: round3(arrival),
        duration: round3(travelTime),
        distance: round3(distance),
        load: load.slice(),
      })
      time = start + m.taskService[t]
      prev = loc
    }
    const end = m.vEnd[v]
    if (end >= 0) {
      travel(end)
      steps.push({
        type: "end", ...place(end), setup: 0, service: 0, waiting_time: 0,
        arrival: round3(time), duration: round3(travelTime), distance: round3(distance), load: load.slice(),
      })
    }
    cost += m.vFixed[v]
    out.push({
      vehicle: vehicle.id,
      ...(vehicle.description !== undefined ? { description: vehicle.description } : {}),
      cost: round3(cost),
      delivery, pickup,
      setup: 0,
      service: round3(service),
      duration: round3(travelTime),
      waiting_time: round3(waiting),
      priority,
      distance: round3(distance),
      steps,
    })
    totals.cost += cost
    totals.service += service
    totals.duration += travelTime
    totals.waiting += waiting
    totals.priority += priority
    totals.distance += distance
    for (let d = 0; d < D; d++) {
      sumDelivery[d] += delivery[d]
      sumPickup[d] += pickup[d]
    }
  })
  const un: Unassigned[] = []
  for (const { task, reason } of unassigned) {
    const list = m.taskSibling[task] >= 0 ? [task, m.taskSibling[task]] : [task]
    for (const t of list) {
      const loc = m.taskLoc[t]
      const kind = m.taskKind[t]
      const entry: Unassigned = {
        id: m.taskId[t],
        type: kind === KIND_JOB ? "job" : kind === KIND_PICKUP ? "pickup" : "delivery",
        reason,
      }
      if (loc >= 0) {
        if (problem.matrices || problem.matrix) entry.location_index = loc
        const c = m.locations.coords[loc]
        if (c) entry.location = c
      }
      un.push(entry)
    }
  }
  return {
    code: 0,
    summary: {
      cost: round3(totals.cost),
      routes: out.length,
      unassigned: un.length,
      delivery: sumDelivery,
      pickup: sumPickup,
      setup: 0,
      service: round3(totals.service),
      duration: round3(totals.duration),
      waiting_time: round3(totals.waiting),
      priority: totals.priority,
      distance: round3(totals.distance),
      violations: [],
      computing_times: { loading: Math.round(times.loading), solving: Math.round(times.solving), routing: 0 },
    },
    unassigned: un,
    routes: out,
  }
}
