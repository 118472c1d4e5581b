import { haversine } from "../planner/matrix"

export type LatLng = { lat: number; lng: number }

/** Town streets are not straight lines: every straight-line distance is stretched by this factor. */
export const ROAD_FACTOR = 1.3
/** Metres per second by vehicle profile (a loaded cargo bike is slower than a bike). */
export const SPEEDS: Record<string, number> = { foot: 1.4, bike: 4.2, cargo_bike: 3.9, van: 8.3, car: 8.3 }
const OSRM_PROFILE: Record<string, string> = { foot: "foot", bike: "cycling", cargo_bike: "cycling", van: "driving", car: "driving" }

/** How far and how long between two points, for one vehicle profile. */
export type Travel = {
  source: string
  metres(a: LatLng, b: LatLng): number
  seconds(a: LatLng, b: LatLng): number
  /** With a routing server: the full matrices and each point's index in them. */
  matrix?: { durations: number[][]; distances: number[][]; indexOf(p: LatLng): number }
}

export const roadMetres = (a: LatLng, b: LatLng) => Math.round(haversine([a.lng, a.lat], [b.lng, b.lat]) * ROAD_FACTOR)

export function straightLineTravel(profile: string): Travel {
  const speed = SPEEDS[profile] ?? SPEEDS.bike
  return { source: `straight line × ${ROAD_FACTOR}`, metres: roadMetres, seconds: (a, b) => roadMetres(a, b) / speed }
}

const key = (p: LatLng) => `${p.lat.toFixed(6)},${p.lng.toFixed(6)}`

/**
 * Street distances and durations from an OSRM-compatible server's Table service
 * (`GET {url}/table/v1/{profile}/{lon,lat;…}?annotations=duration,distance`).
 */
export async function osrmTravel(baseUrl: string, profile: string, points: LatLng[], timeoutMs = 10_000): Promise<Travel> {
  const unique = [...new Map(points.map((p) => [key(p), p])).values()]
  const coords = unique.map((p) => `${p.lng},${p.lat}`).join(";")
  const url = `${baseUrl.replace(/\/$/, "")}/table/v1/${OSRM_PROFILE[profile] ?? "driving"}/${coords}?annotations=duration,distance`
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
  const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string; durations?: number[][]; distances?: number[][] }
  if (!res.ok || body.code !== "Ok" || !body.durations || !body.distances) {
    throw new Error(`routing server: ${body.message ?? body.code ?? `HTTP ${res.status}`}`)
  }
  const index = new Map(unique.map((p, i) => [key(p), i]))
  const indexOf = (p: LatLng) => index.get(key(p)) ?? -1
  const { durations, distances } = body
  return {
    source: `routing server (${OSRM_PROFILE[profile] ?? "driving"})`,
    metres: (a, b) => Math.round(distances[indexOf(a)][indexOf(b)]),
    seconds: (a, b) => durations[indexOf(a)][indexOf(b)],
    matrix: { durations, distances, indexOf },
  }
}

/** The routing server when ROUTING_URL is set and answers; straight lines otherwise (and say why). */
export async function travelFor(profile: string, points: LatLng[], routingUrl = process.env.ROUTING_URL): Promise<Travel> {
  if (!routingUrl || points.length < 2) return straightLineTravel(profile)
  try {
    return await osrmTravel(routingUrl, profile, points)
  } catch (e) {
    const fallback = straightLineTravel(profile)
    return { ...fallback, source: `${fallback.source} (${(e as Error).message})` }
  }
}
