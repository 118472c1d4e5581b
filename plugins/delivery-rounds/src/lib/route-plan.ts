import type { PlanStep, RoutePlan } from "@rbv/kit/api-types"
import type { Problem, Solution } from "../planner/types"
import { straightLineTravel, type LatLng, type Travel } from "./travel"

export { roadMetres, type LatLng } from "./travel"
export type { PlanStep, RoutePlan }

const SERVICE_S = { collect: 60, deliver: 120 }
export type PlanStop = LatLng & { id: string; name: string; vendor_ids: string[] }
export type PlanMaker = LatLng & { vendor_id: string; name: string }
export type PlanLock = { stop_id: string; position: number }
export type PlanInput = {
  starts_at: string | Date
  ends_at: string | Date
  vehicle_profile: string
  collection_mode: "hub_dropoff" | "workshop_pickup"
  hub: LatLng & { name: string }
  stops: PlanStop[]
  makers: PlanMaker[]
}

const point = (p: LatLng): [number, number] => [p.lng, p.lat]

/**
 * The routing problem in VROOM's format: one vehicle from the hub back to the hub within the
 * round's window. Collecting at workshops makes each (maker, resident) pair a shipment, so
 * goods are picked up before they are dropped; otherwise makers bring them to the hub first.
 */
export function buildProblem(input: PlanInput, stops: PlanStop[], travel?: Travel): Problem {
  const window = Math.max(60, Math.round((new Date(input.ends_at).getTime() - new Date(input.starts_at).getTime()) / 1000))
  // With a routing server's matrices, places are matrix indices; otherwise coordinates.
  const m = travel?.matrix
  const at = (p: LatLng) => (m ? { location_index: m.indexOf(p) } : { location: point(p) })
  const matrices = m ? { matrices: { [input.vehicle_profile]: { durations: m.durations, distances: m.distances } } } : {}
  const vehicle = {
    id: 1,
    profile: input.vehicle_profile,
    ...(m ? { start_index: m.indexOf(input.hub), end_index: m.indexOf(input.hub) } : { start: point(input.hub), end: point(input.hub) }),
    time_window: [0, window] as [number, number],
  }
  if (input.collection_mode === "hub_dropoff") {
    return {
      vehicles: [vehicle],
      jobs: stops.map((s, i) => ({ id: i + 1, ...at(s), service: SERVICE_S.deliver, description: `deliver:${s.id}` })),
      ...matrices,
    } as Problem
  }
  const makers = new Map(input.makers.map((m) => [m.vendor_id, m]))
  let id = 0
  const shipments = stops.flatMap((s) =>
    s.vendor_ids
      .filter((v) => makers.has(v))
      .map((v) => ({
        pickup: { id: ++id, ...at(makers.get(v)!), service: SERVICE_S.collect, description: `collect:${v}` },
        delivery: { id: ++id, ...at(s), service: SERVICE_S.deliver, description: `deliver:${s.id}` },
      }))
  )
  const bare = stops.filter((s) => !s.vendor_ids.some((v) => makers.has(v)))
  return {
    vehicles: [vehicle],
    shipments,
    jobs: bare.map((s) => ({ id: 100000 + stops.indexOf(s), ...at(s), service: SERVICE_S.deliver, description: `deliver:${s.id}` })),
    ...matrices,
  } as Problem
}

type Visit = { type: "collect" | "deliver"; stop_id: string | null; vendor_id: string | null }

/** The solver's route as an ordered list of visits (consecutive collections at one workshop merged). */
export function visitsOf(input: PlanInput, stops: PlanStop[], solution: Solution): { visits: Visit[]; unassigned: string[] } {
  const route = solution.routes[0]
  const visits: Visit[] = []
  const describe = (step: { type: string; id?: number; description?: string }): Visit | null => {
    const [kind, ref] = (step.description ?? "").split(":")
    if (kind === "collect") return { type: "collect", stop_id: null, vendor_id: ref }
    if (kind === "deliver") return { type: "deliver", stop_id: ref, vendor_id: null }
    return null
  }
  for (const step of route?.steps ?? []) {
    const visit = describe(step as any)
    if (!visit) continue
    const last = visits[visits.length - 1]
    if (visit.type === "collect" && last?.type === "collect" && last.vendor_id === visit.vendor_id) continue
    if (visit.type === "deliver" && visits.some((v) => v.type === "deliver" && v.stop_id === visit.stop_id)) continue
    visits.push(visit)
  }
  const routed = new Set(visits.map((v) => v.stop_id))
  const unassigned = stops.filter((s) => !routed.has(s.id)).map((s) => s.id)
  return { visits, unassigned }
}

/** Puts locked stops back at their positions (1-based among deliveries), the rest keeping the solver's order. */
export function applyLocks(visits: Visit[], locks: PlanLock[]): Visit[] {
  if (!locks.length) return visits
  const locked = new Set(locks.map((l) => l.stop_id))
  const collections = visits.filter((v) => v.type === "collect")
  const free = visits.filter((v) => v.type === "deliver" && !locked.has(v.stop_id!))
  const total = free.length + locks.length
  const deliveries: Visit[] = []
  const byPosition = [...locks].sort((a, b) => a.position - b.position)
  for (let position = 1; position <= total; position++) {
    const lock = byPosition.find((l) => Math.min(Math.max(1, l.position), total) === position && !deliveries.some((d) => d.stop_id === l.stop_id))
    deliveries.push(lock ? { type: "deliver", stop_id: lock.stop_id, vendor_id: null } : free.shift()!)
  }
  return [...collections, ...deliveries.filter(Boolean)]
}

/** Steps with distances and ETAs, walking the visits from the hub at the round's start. */
export function timeline(
  input: PlanInput,
  stops: PlanStop[],
  visits: Visit[],
  travel: Travel = straightLineTravel(input.vehicle_profile)
): { steps: PlanStep[]; distance_m: number; duration_s: number } {  const start = new Date(input.starts_at).getTime()
  const stopById = new Map(stops.map((s) => [s.id, s]))
  const makerById = new Map(input.makers.map((m) => [m.vendor_id, m]))
  const steps: PlanStep[] = []
  let clock = 0
  let distance = 0
  let at: LatLng = input.hub
  const push = (type: PlanStep["type"], where: LatLng, name: string, ids: { stop_id?: string | null; vendor_id?: string | null }, service = 0) => {
    const leg = travel.metres(at, where)
    distance += leg
    clock += travel.seconds(at, where)
    steps.push({ type, stop_id: ids.stop_id ?? null, vendor_id: ids.vendor_id ?? null, name, lat: where.lat, lng: where.lng, arrival: new Date(start + clock * 1000).toISOString(), distance_m: leg })
    clock += service
    at = where
  }
  push("start", input.hub, input.hub.name, {})
  for (const v of visits) {
    if (v.type === "collect") {
      const maker = makerById.get(v.vendor_id!)
      if (maker) push("collect", maker, maker.name, { vendor_id: maker.vendor_id }, SERVICE_S.collect)
    } else {
      const stop = stopById.get(v.stop_id!)
      if (stop) push("deliver", stop, stop.name, { stop_id: stop.id }, SERVICE_S.deliver)
    }
  }
  push("end", input.hub, input.hub.name, {})
  return { steps, distance_m: distance, duration_s: Math.round(clock) }
}

/**
 * The comparison the network cares about: every maker driving its own orders by car, from its
 * workshop to its residents (nearest neighbour first) and back.
 */
export function baselineDistance(stops: PlanStop[], makers: PlanMaker[], travel: Travel = straightLineTravel("car")): number {
  let total = 0
  for (const maker of makers) {
    let left = stops.filter((s) => s.vendor_ids.includes(maker.vendor_id))
    let at: LatLng = maker
    while (left.length) {
      const next = left.reduce((best, s) => (travel.metres(at, s) < travel.metres(at, best) ? s : best))
      total += travel.metres(at, next)
      at = next
      left = left.filter((s) => s !== next)
    }
    total += travel.metres(at, maker)
  }
  return total
}
