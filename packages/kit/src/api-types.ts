/**
 * Shapes of the plugins' API answers, shared by the plugin that serves one and the storefront
 * that reads it (`@rbv/kit/api-types`, types only), so the two cannot drift apart.
 */

/** What JSON makes of a plugin's value on the way to the storefront: a Date arrives as its ISO string. */
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T

/** One step of a round's route, in order: leave the hub, collect at a maker, deliver at a door, back. */
export type PlanStep = {
  type: "start" | "collect" | "deliver" | "end"
  stop_id: string | null
  vendor_id: string | null
  name: string
  lat: number
  lng: number
  arrival: string
  distance_m: number
}

/** A round's planned route, as stored on the round and served to its volunteers. */
export type RoutePlan = {
  planned_at: string
  distance_m: number
  duration_s: number
  baseline_distance_m: number
  saved_distance_m: number
  steps: PlanStep[]
  unassigned: string[]
  unlocated: string[]
  /** Where distances and durations came from (a routing server, or straight lines and why). */
  travel_source: string
  /** Which engine ordered the stops: rbv-plan, or a VROOM server (ROUTING_ENGINE_URL). */
  solver?: string
}

/**
 * The plan as a volunteer sees it outside the contact window: a resident's door has no
 * coordinates (and a short name), a maker's workshop keeps its own.
 */
export type VolunteerPlanStep = Omit<PlanStep, "lat" | "lng"> & { lat: number | null; lng: number | null }
export type VolunteerRoutePlan = Omit<RoutePlan, "steps"> & { steps: VolunteerPlanStep[] }

/** A maker's batch limit (one oven, one count): its products and, per coming round, the units taken and left. */
export type BatchLimitView = {
  id: string
  name: string
  quantity: number
  products: { id: string; title: string }[]
  rounds: { id: string; name: string | null; starts_at: Date; cutoff_at: Date; status: string; taken: number; left: number }[]
}
