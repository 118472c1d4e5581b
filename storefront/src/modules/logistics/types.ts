/** What the volunteer's `/logistics/*` API returns (contract: /work/notes/logistics-api.md). Money in cents. */
import type { VolunteerRoutePlan } from "@rbv/kit/api-types"

export type VolunteerRole = "rider" | "planner"

export type Volunteer = { id: string; name: string; email: string; phone: string | null; role: VolunteerRole }

export type RoundStatus = "open" | "closed" | "planned" | "in_progress" | "completed" | "cancelled"
export type VehicleProfile = "foot" | "bike" | "cargo_bike" | "van"
export type CollectionMode = "hub_dropoff" | "workshop_pickup"

export type RoundSummary = {
  id: string
  name: string
  starts_at: string
  ends_at: string
  cutoff_at: string
  dropoff_deadline: string | null
  status: RoundStatus
  vehicle_profile: VehicleProfile
  collection_mode: CollectionMode
  max_drops: number
  drops_taken: number
  stops_count: number
  done_count: number
  failed_count: number
  /** The API's rules: a route can be computed now; the round can be started now. */
  can_plan: boolean
  can_start: boolean
  /** On the road with no door left to ride to: the rider may close it (a failed door kept it from ending itself). */
  can_finish: boolean
  /** Today comes before the round's own day (Rome time). */
  before_round_day: boolean
}

export type StopStatus = "scheduled" | "delivered" | "failed"

export type StopItem = { maker_name: string; title: string; quantity: number }

/** How a stop is paid: every order at the door, every order online, or some of each. */
export type PaymentMode = "on_delivery" | "online" | "mixed"

/** One of the resident orders riding with a stop (one door, one stop). */
export type StopOrder = {
  display_id: number
  payment_mode: Exclude<PaymentMode, "mixed">
  amount_to_collect: number
  amount_collected: number | null
  /** Riding again after a failed delivery: it leaves from the hub, not from its makers. */
  from_hub?: boolean
}

export type Stop = {
  id: string
  /** The resident's order number: stops never carry an order id. */
  display_id: number | null
  kind: "home" | "pickup"
  pickup_point_name: string | null
  status: StopStatus
  customer_name: string
  address_1: string | null
  postal_code: string | null
  city: string | null
  phone: string | null
  lat: number | null
  lng: number | null
  located: boolean
  /** Why the geocoder could not place the address (the API's words), when it could not. */
  geocode_error?: string | null
  items: StopItem[]
  orders: StopOrder[]
  payment_mode: PaymentMode
  /** What is still to collect at this door (0 once collected, and when paid online). */
  amount_to_collect: number
  amount_collected: number | null
  note: string | null
  position: number | null
  eta: string | null
  locked: boolean
  completed_at: string | null
  /** A failed stop the rider may still deliver on a second pass (the round is on the road). */
  can_deliver_again: boolean
}

export type MakerStop = {
  vendor_id: string
  name: string
  address_1: string | null
  lat: number | null
  lng: number | null
  items: { title: string; quantity: number; display_id: number }[]
  /** The maker's parts in this round, and how many it has marked "pronto". */
  orders_count: number
  ready_count: number
  ready: boolean
}

/** The plan as the volunteer gets it: residents' doors without coordinates while the round does not show contacts. */
export type Plan = VolunteerRoutePlan

export type RoundTotals = {
  orders: number
  home_stops: number
  pickup_orders: number
  items: number
  amount_to_collect: number
  amount_collected: number
}

export type RoundDetail = RoundSummary & {
  /** Null when the round has no hub set. */
  hub: { name: string; address: string | null; lat: number | null; lng: number | null } | null
  stops: Stop[]
  makers: MakerStop[]
  plan: Plan | null
  totals: RoundTotals
  can_see_contacts: boolean
}
