import type { Coordinates, Problem, Vehicle } from "./types"

/**
 * Travel between two places as the checker sees it, read straight from the raw problem JSON.
 * Deliberately written apart from the solver's matrix.ts/model.ts (no shared code): a bug in
 * how the solver compiles travel must show up as a disagreement, not be repeated here.
 */
export interface CheckTravelOptions {
  /** Road factor applied to great-circle distances between coordinates (solver default 1.3). */
  roadFactor?: number
  /** Speed in m/s per profile for coordinates (solver defaults: car 13.9, bike 4.2, foot 1.4). */
  profileSpeeds?: Record<string, number>
}

/** A place as a step or task names it: a matrix index or [lon, lat]. */
export interface Place {
  index?: number
  coords?: Coordinates
}

export interface Leg {
  duration: number
  distance: number
  cost: number
}

const CAR = 13.9
const BIKE = 4.2
const FOOT = 1.4
const SPEEDS: Record<string, number> = {
  car: CAR, "driving-car": CAR, bike: BIKE, "cycling-regular": BIKE, cargo_bike: BIKE, foot: FOOT, "foot-walking": FOOT,
}

/** Great-circle distance (mean Earth radius 6 371 008.8 m), spherical law of haversines. */
function greatCircle(a: Coordinates, b: Coordinates): number {
  const rad = Math.PI / 180
  const h =
    Math.sin(((b[1] - a[1]) * rad) / 2) ** 2 +
    Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(((b[0] - a[0]) * rad) / 2) ** 2
  return 2 * 6371008.8 * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** The travel function of one vehicle: duration, distance and cost of the leg a → b. */
export function vehicleTravel(problem: Problem, vehicle: Vehicle, opts: CheckTravelOptions = {}): (a: Place, b: Place) => Leg {
  const profile = vehicle.profile ?? "car"
  const speedFactor = vehicle.speed_factor ?? 1
  const perHour = vehicle.costs?.per_hour
  const perKm = vehicle.costs?.per_km
  const given = problem.matrices?.[profile]
  const useMatrix = problem.matrix !== undefined || problem.matrices !== undefined
  if (useMatrix) {
    // VROOM: durations of the profile (or the legacy single matrix); when a profile only has
    // distances or costs, the planner takes that matrix as the durations too
    const durations = given?.durations ?? problem.matrix ?? given?.distances ?? given?.costs
    const distances = given?.distances
    const costs = given?.costs
    return (a, b) => {
      const i = a.index as number
      const j = b.index as number
      const duration = (durations as number[][])[i][j] / speedFactor
      const distance = distances ? distances[i][j] : 0
      const cost = costs ? costs[i][j] : legCost(duration, distance, perHour, perKm)
      return { duration, distance, cost }
    }
  }
  const roadFactor = opts.roadFactor ?? 1.3
  const speed = opts.profileSpeeds?.[profile] ?? SPEEDS[profile] ?? opts.profileSpeeds?.car ?? CAR
  return (a, b) => {
    const p = a.coords as Coordinates
    const q = b.coords as Coordinates
    const same = p[0] === q[0] && p[1] === q[1]
    // metres and seconds are whole numbers, as the planner promises for coordinates
    const distance = same ? 0 : Math.round(greatCircle(p, q) * roadFactor)
    const duration = Math.round(distance / speed) / speedFactor
    return { duration, distance, cost: legCost(duration, distance, perHour, perKm) }
  }
}

/** VROOM's default cost is the travel time in seconds (per_hour 3600, per_km 0). */
function legCost(duration: number, distance: number, perHour = 3600, perKm = 0): number {
  return (perHour * duration) / 3600 + (perKm * distance) / 1000
}
