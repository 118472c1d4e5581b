import { inRunOrder } from "./run"
import type { RoundDetail, StopStatus } from "./types"

/** What the round's map draws: plain data, so the (client-only) map needs no round logic. */

export type MapPoint = {
  kind: "hub" | "maker" | "stop"
  lat: number
  lng: number
  /** Short text in the marker: the stop's number, "H" for the hub, "A" for a maker. */
  badge: string
  /** The marker's tooltip: who and where. */
  title: string
  status?: StopStatus
}

export type MapLayers = { points: MapPoint[]; path: [number, number][] }

const located = (lat: number | null | undefined, lng: number | null | undefined): [number, number] | null =>
  typeof lat === "number" && typeof lng === "number" && Number.isFinite(lat) && Number.isFinite(lng) ? [lat, lng] : null

/**
 * The hub, the makers to collect from (workshop pick-up only), the located stops numbered in
 * run order, and the planned route through the plan's steps (empty before planning).
 */
export function mapLayers(round: RoundDetail): MapLayers {
  const points: MapPoint[] = []
  const hub = round.hub ? located(round.hub.lat, round.hub.lng) : null
  if (round.hub && hub) points.push({ kind: "hub", lat: hub[0], lng: hub[1], badge: "H", title: round.hub.name })
  if (round.collection_mode === "workshop_pickup") {
    for (const maker of round.makers) {
      const at = located(maker.lat, maker.lng)
      if (at) points.push({ kind: "maker", lat: at[0], lng: at[1], badge: "A", title: maker.name })
    }
  }
  inRunOrder(round.stops).forEach((stop, index) => {
    const at = located(stop.lat, stop.lng)
    if (!at) return
    const badge = String(stop.position ?? index + 1)
    const title = `${badge}. ${stop.kind === "pickup" && stop.pickup_point_name ? stop.pickup_point_name : stop.customer_name}`
    points.push({ kind: "stop", lat: at[0], lng: at[1], badge, title, status: stop.status })
  })
  const path = (round.plan?.steps ?? []).map((step) => located(step.lat, step.lng)).filter((p): p is [number, number] => p !== null)
  return { points, path }
}
