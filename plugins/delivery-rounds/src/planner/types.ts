/**
 * VROOM-compatible input and output shapes (subset of VROOM's JSON API).
 * https://github.com/VROOM-Project/vroom/blob/master/docs/API.md
 */

export type Coordinates = [number, number] // [lon, lat]
export type TimeWindow = [number, number]
export type Amount = number[]

export interface VehicleCosts {
  /** Cost of using the vehicle at all. */
  fixed?: number
  /** Cost per hour of travel (default 3600: cost = travel seconds). */
  per_hour?: number
  /** Cost per km of travel (default 0). */
  per_km?: number
}

export interface Vehicle {
  id: number
  profile?: string
  description?: string
  start?: Coordinates
  start_index?: number
  end?: Coordinates
  end_index?: number
  capacity?: Amount
  skills?: number[]
  time_window?: TimeWindow
  max_tasks?: number
  speed_factor?: number
  costs?: VehicleCosts
}

/** A place to serve: a shipment's pickup or delivery, and what a job has besides its loads. */
export interface ShipmentStep {
  id: number
  description?: string
  location?: Coordinates
  location_index?: number
  setup?: number
  service?: number
  time_windows?: TimeWindow[]
}

export interface Job extends ShipmentStep {
  delivery?: Amount
  pickup?: Amount
  skills?: number[]
  priority?: number
}

export interface Shipment {
  pickup: ShipmentStep
  delivery: ShipmentStep
  amount?: Amount
  skills?: number[]
  priority?: number
}

export interface ProfileMatrices {
  durations?: number[][]
  distances?: number[][]
  costs?: number[][]
}

export interface Problem {
  vehicles: Vehicle[]
  jobs?: Job[]
  shipments?: Shipment[]
  matrices?: Record<string, ProfileMatrices>
  /** Legacy VROOM field: a single durations matrix for every profile. */
  matrix?: number[][]
}

export type StepType = "start" | "job" | "pickup" | "delivery" | "end"

export interface Step {
  type: StepType
  id?: number
  /** Same as `id` for job/pickup/delivery steps (VROOM >= 1.12 naming). */
  job?: number
  description?: string
  location?: Coordinates
  location_index?: number
  arrival: number
  duration: number
  setup: number
  service: number
  waiting_time: number
  load: Amount
  distance: number
}

/** What a route and the solution's summary both total (VROOM's names). */
export interface Totals {
  cost: number
  delivery: Amount
  pickup: Amount
  setup: number
  service: number
  duration: number
  waiting_time: number
  priority: number
  distance: number
}

export interface Route extends Totals {
  vehicle: number
  description?: string
  steps: Step[]
}

export type UnassignedType = "job" | "pickup" | "delivery"

export interface Unassigned {
  id: number
  type: UnassignedType
  description?: string
  location?: Coordinates
  location_index?: number
  reason?: string
}

export interface ComputingTimes {
  loading: number
  solving: number
  routing: number
}

export interface Summary extends Totals {
  routes: number
  unassigned: number
  violations: unknown[]
  computing_times: ComputingTimes
}

export interface Solution {
  code: number
  summary: Summary
  unassigned: Unassigned[]
  routes: Route[]
}

export interface SolveOptions {
  /** Wall-clock budget in ms (default 2000). */
  timeLimitMs?: number
  /** Seed of the pseudo-random generator (default 1). */
  seed?: number
  /** Hard cap on improvement iterations, for reproducible runs independent of machine speed. */
  maxIterations?: number
  /** Road factor applied to haversine distances when locations are coordinates (default 1.3). */
  roadFactor?: number
  /** Speed in m/s per profile used with coordinates (defaults: car 13.9, bike 4.2, foot 1.4). */
  profileSpeeds?: Record<string, number>
  /** Clock, injectable for tests (default Date.now). */
  now?: () => number
  /**
   * When the time limit began, on the clock `now` (default: the call). The planner worker passes
   * the time it sent the problem, so that copying it to the thread and the thread's start count.
   */
  startedAt?: number
}

export interface FieldError {
  field: string
  message: string
}
