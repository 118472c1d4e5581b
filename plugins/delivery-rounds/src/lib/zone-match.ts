import booleanPointInPolygon from "@turf/boolean-point-in-polygon"
import type { MultiPolygon, Polygon } from "geojson"

type Zone = { postal_codes?: string[] | null; polygon?: unknown }
type Point = { lat?: number | null; lng?: number | null }

const isArea = (value: unknown): value is Polygon | MultiPolygon => {
  const g = value as { type?: unknown; coordinates?: unknown } | null
  return !!g && (g.type === "Polygon" || g.type === "MultiPolygon") && Array.isArray(g.coordinates) && g.coordinates.length > 0
}

/** Whether [lng, lat] lies in a GeoJSON Polygon or MultiPolygon — holes excluded, as GeoJSON means them. */
export function pointInPolygon(lng: number, lat: number, polygon: unknown): boolean {
  return isArea(polygon) && booleanPointInPolygon([lng, lat], polygon)
}

/** A zone serves an address when its CAP is listed, or its coordinates fall inside the polygon. */
export function zoneServes(zone: Zone, postal_code?: string | null, point?: Point): boolean {
  const cap = (postal_code ?? "").trim()
  if (cap && (zone.postal_codes ?? []).includes(cap)) return true
  if (zone.polygon && typeof point?.lat === "number" && typeof point?.lng === "number") {
    return pointInPolygon(point.lng, point.lat, zone.polygon)
  }
  return false
}
