type Zone = { postal_codes?: string[] | null; polygon?: unknown }
type Point = { lat?: number | null; lng?: number | null }

/** Ray casting on a GeoJSON Polygon's outer ring ([lng, lat] pairs). */
export function pointInPolygon(lng: number, lat: number, polygon: unknown): boolean {
  const ring = (polygon as { coordinates?: number[][][] } | null)?.coordinates?.[0]
  if (!Array.isArray(ring) || ring.length < 3) return false
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]
    const [xj, yj] = ring[j]
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
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
