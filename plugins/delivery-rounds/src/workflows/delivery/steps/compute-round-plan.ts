import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { geocode } from "../../../lib/geocoder"
import { loadRoundContext, makerParts, ordersOfStop, type RoundContext } from "../../../lib/round-context"
import {
  applyLocks,
  baselineDistance,
  buildProblem,
  timeline,
  visitsOf,
  type PlanInput,
  type PlanLock,
  type PlanStop,
  type RoutePlan,
} from "../../../lib/route-plan"
import { solveRound } from "../../../lib/routing-engine"
import { ROAD_FACTOR, SPEEDS, travelFor } from "../../../lib/travel"
import { canPlan } from "../../../modules/delivery/round-rules"
import { refusal } from "@rbv/kit"


export type ComputeRoundPlanInput = { round_id: string; locks?: PlanLock[]; time_limit_ms?: number }
export type ComputedRoundPlan = {
  plan: RoutePlan
  status: string
  stop_updates: { id: string; position: number | null; eta: Date | null; locked: boolean; lat?: number | null; lng?: number | null; geocode_error?: string | null }[]
}

/** Stops without coordinates: a saved address of the same customer first, then the geocoder (if configured). */
async function locate(container: any, ctx: RoundContext) {
  const found = new Map<string, { lat: number | null; lng: number | null; geocode_error: string | null }>()
  const geocoderUrl = process.env.GEOCODER_URL
  for (const stop of ctx.stops.filter((s) => s.kind === "home" && (s.lat == null || s.lng == null))) {
    const order = ordersOfStop(ctx, stop)[0]
    if (!order?.address_1) {
      found.set(stop.id, { lat: null, lng: null, geocode_error: "the order has no delivery address" })
      continue
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: saved } = await query.graph({
      entity: "customer_address",
      fields: ["metadata"],
      filters: { address_1: order.address_1, postal_code: order.postal_code ?? undefined },
    })
    const known = saved.map((a: any) => a.metadata).find((m: any) => typeof m?.lat === "number" && typeof m?.lng === "number")
    if (known) {
      found.set(stop.id, { lat: known.lat, lng: known.lng, geocode_error: null })
      continue
    }
    if (!geocoderUrl) {
      found.set(stop.id, { lat: null, lng: null, geocode_error: "no coordinates and no geocoder configured (GEOCODER_URL)" })
      continue
    }
    const result = await geocode(geocoderUrl, { ...order, address_1: order.address_1 })
    found.set(stop.id, "error" in result ? { lat: null, lng: null, geocode_error: result.error } : { ...result, geocode_error: null })
  }
  return found
}

/**
 * Plans the round: locates stops, asks the route planner for the order of collections and
 * drop-offs within the window, puts locked stops back where the volunteer pinned them, and
 * compares the ride with every maker driving its own orders.
 */
export const computeRoundPlanStep = createStep(
  "compute-round-plan",
  async (input: ComputeRoundPlanInput, { container }) => {
    const ctx = await loadRoundContext(container, input.round_id)
    if (!canPlan(ctx.round.status)) {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "round_not_plannable", `A round that is ${ctx.round.status} cannot be planned again`)
    }
    if (!ctx.hub) throw refusal(MedusaError.Types.NOT_ALLOWED, "no_hub", "No hub pickup point: create one before planning")
    const located = await locate(container, ctx)
    const coords = (s: any) => located.get(s.id) ?? { lat: s.lat, lng: s.lng, geocode_error: s.geocode_error ?? null }

    const homeStops = ctx.stops.filter((s) => s.kind === "home" && s.status === "scheduled")
    const unlocated = homeStops.filter((s) => coords(s).lat == null || coords(s).lng == null).map((s) => s.id)
    const planStops: PlanStop[] = homeStops
      .filter((s) => !unlocated.includes(s.id))
      .map((s) => {
        // One job per stop, whatever the number of orders at that door: it collects from every maker of every order.
        const own = ordersOfStop(ctx, s)
        const vendorIds = [...new Set(own.flatMap(makerParts).filter((c) => c.status !== "canceled").map((c) => c.vendor_id).filter(Boolean))] as string[]
        return { id: s.id, name: [...new Set(own.map((o) => o.short_name))].join(", ") || own.map((o) => `#${o.display_id}`).join(", "), lat: coords(s).lat!, lng: coords(s).lng!, vendor_ids: vendorIds }
      })
    const makers = ctx.makers.filter((m) => m.lat != null && m.lng != null).map((m) => ({ vendor_id: m.vendor_id, name: m.name, lat: m.lat!, lng: m.lng! }))
    const planInput: PlanInput = {
      starts_at: ctx.round.starts_at,
      ends_at: ctx.round.ends_at,
      vehicle_profile: ctx.round.vehicle_profile,
      collection_mode: ctx.round.collection_mode,
      hub: { name: ctx.hub.name, lat: ctx.hub.lat, lng: ctx.hub.lng },
      stops: planStops,
      makers,
    }
    const locks = (input.locks ?? []).filter((l) => planStops.some((s) => s.id === l.stop_id))
    const free = planStops.filter((s) => !locks.some((l) => l.stop_id === s.id))
    const places = [planInput.hub, ...makers, ...planStops]
    const [travel, byCar] = await Promise.all([travelFor(ctx.round.vehicle_profile, places), travelFor("car", places)])
    const { solution, solver } = free.length
      ? await solveRound(buildProblem(planInput, free, travel), { timeLimitMs: input.time_limit_ms ?? 1000, seed: 1, roadFactor: ROAD_FACTOR, profileSpeeds: SPEEDS })
      : { solution: { routes: [], unassigned: [] }, solver: "none (no stop left to order)" }
    const { visits, unassigned } = visitsOf(planInput, free, solution as any)
    const ordered = applyLocks(visits, locks)
    const { steps, distance_m, duration_s } = timeline(planInput, planStops, ordered, travel)
    const baseline = baselineDistance(planStops, makers, byCar)

    const plan: RoutePlan = {
      planned_at: new Date().toISOString(),
      distance_m,
      duration_s,
      baseline_distance_m: baseline,
      saved_distance_m: baseline - distance_m,
      steps,
      unassigned,
      unlocated,
      travel_source: travel.source,
      solver,
    }
    const deliverSteps = steps.filter((s) => s.type === "deliver")
    const stop_updates = ctx.stops
      .filter((s) => s.status === "scheduled")
      .map((s) => {
        const at = deliverSteps.findIndex((d) => d.stop_id === s.id)
        const where = located.get(s.id)
        return {
          id: s.id,
          position: at >= 0 ? at + 1 : null,
          eta: at >= 0 ? new Date(deliverSteps[at].arrival) : null,
          locked: locks.some((l) => l.stop_id === s.id),
          ...(where ?? {}),
        }
      })
    const status = ctx.round.status === "closed" ? "planned" : ctx.round.status
    return new StepResponse({ plan, status, stop_updates } as ComputedRoundPlan)
  }
)
