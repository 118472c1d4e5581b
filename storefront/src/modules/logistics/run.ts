import type { Stop, StopItem } from "./types"

/** Pure rules of the run: which stop comes next, how far along we are, how to get there. */

/** Stops in the order they are driven: plan position first (unplanned last), then as listed. */
export function inRunOrder(stops: Stop[]): Stop[] {
  return stops
    .map((stop, index) => ({ stop, index }))
    .sort((a, b) => (a.stop.position ?? Number.MAX_SAFE_INTEGER) - (b.stop.position ?? Number.MAX_SAFE_INTEGER) || a.index - b.index)
    .map(({ stop }) => stop)
}

/** The first stop still to do in run order, or null when every stop is done. */
export function nextStop(stops: Stop[]): Stop | null {
  return inRunOrder(stops).find((stop) => stop.status === "scheduled") ?? null
}

export type RunProgress = { done: number; delivered: number; failed: number; total: number }

export function runProgress(stops: Stop[]): RunProgress {
  const delivered = stops.filter((s) => s.status === "delivered").length
  const failed = stops.filter((s) => s.status === "failed").length
  const done = delivered + failed
  return { done, delivered, failed, total: stops.length }
}

/** The stop's number in the run (1-based): its plan position, else its place in run order. */
export function stopNumber(stops: Stop[], stop: Stop): number {
  return stop.position ?? inRunOrder(stops).indexOf(stop) + 1
}

type Place = { lat: number | null; lng: number | null; address_1?: string | null; postal_code?: string | null; city?: string | null }

function hasCoordinates(place: Place): place is Place & { lat: number; lng: number } {
  return typeof place.lat === "number" && typeof place.lng === "number" && Number.isFinite(place.lat) && Number.isFinite(place.lng)
}

const coord = (value: number) => String(Math.round(value * 1e6) / 1e6)

/**
 * Directions to a place on OpenStreetMap (works in any phone browser); by address when the
 * place has no coordinates; null when there is neither.
 */
export function navigationUrl(place: Place): string | null {
  if (hasCoordinates(place)) return `https://www.openstreetmap.org/directions?to=${coord(place.lat)}%2C${coord(place.lng)}`
  const address = [place.address_1, place.postal_code, place.city].filter(Boolean).join(", ")
  return address ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}` : null
}

/** A `geo:` URI that opens the phone's own maps app, or null without coordinates. */
export function geoUri(place: Place): string | null {
  return hasCoordinates(place) ? `geo:${coord(place.lat)},${coord(place.lng)}` : null
}

/** A phone number for a `tel:` link: digits and a leading +. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/(?!^\+)[^\d]/g, "")}`
}

export type MakerItems = { maker_name: string; items: { title: string; quantity: number }[] }

/** A stop's items grouped by maker, makers in first-seen order. */
export function itemsByMaker(items: StopItem[]): MakerItems[] {
  const groups = new Map<string, MakerItems>()
  for (const item of items) {
    const group = groups.get(item.maker_name) ?? { maker_name: item.maker_name, items: [] }
    group.items.push({ title: item.title, quantity: item.quantity })
    groups.set(item.maker_name, group)
  }
  return [...groups.values()]
}
