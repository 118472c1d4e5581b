import type { Coordinates, Problem } from "./types"

const EARTH_RADIUS_M = 6371008.8

/** Default travel speeds in m/s per profile when locations are coordinates. */
export const DEFAULT_SPEEDS: Record<string, number> = {
  car: 13.9, // ~50 km/h in town
  "driving-car": 13.9,
  bike: 4.2, // ~15 km/h, a loaded cargo bike
  "cycling-regular": 4.2,
  cargo_bike: 4.2,
  foot: 1.4,
  "foot-walking": 1.4,
}

/** Great-circle distance in metres between two [lon, lat] points. */
export function haversine(a: Coordinates, b: Coordinates): number {
  const toRad = Math.PI / 180
  const dLat = (b[1] - a[1]) * toRad
  const dLon = (b[0] - a[0]) * toRad
  const s =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * toRad) * Math.cos(b[1] * toRad) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(s)))
}

export interface MatrixSet {
  size: number
  durations: Float64Array
  distances: Float64Array | null
  costs: Float64Array | null
}

/** Locations of the problem: either matrix indices or deduplicated coordinates. */
export interface LocationTable {
  size: number
  /** Coordinates of each location (when known). */
  coords: (Coordinates | null)[]
  /** Maps a (location_index | coordinates) pair to the internal location id. */
  locate(index: number | undefined, coords: Coordinates | undefined): number
}

function flatten(m: number[][]): Float64Array {
  const n = m.length
  const out = new Float64Array(n * n)
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i * n + j] = m[i][j]
  return out
}

/** Builds the location table: matrix indices when matrices are given, else distinct coordinates. */
export function buildLocations(problem: Problem): LocationTable {
  const matrixSize = matrixSizeOf(problem)
  if (matrixSize !== null) {
    const coords: (Coordinates | null)[] = new Array(matrixSize).fill(null)
    return {
      size: matrixSize,
      coords,
      locate(index, c) {
        if (index === undefined) return -1
        if (c && !coords[index]) coords[index] = c
        return index
      },
    }
  }
  const byKey = new Map<string, number>()
  const coords: (Coordinates | null)[] = []
  const add = (c: Coordinates): number => {
    const key = `${c[0]},${c[1]}`
    let id = byKey.get(key)
    if (id === undefined) {
      id = coords.length
      byKey.set(key, id)
      coords.push(c)
    }
    return id
  }
  for (const v of problem.vehicles) {
    if (v.start) add(v.start)
    if (v.end) add(v.end)
  }
  for (const j of problem.jobs ?? []) if (j.location) add(j.location)
  for (const s of problem.shipments ?? []) {
    if (s.pickup.location) add(s.pickup.location)
    if (s.delivery.location) add(s.delivery.location)
  }
  return {
    get size() {
      return coords.length
    },
    coords,
    locate(_index, c) {
      return c ? add(c) : -1
    },
  }
}

function matrixSizeOf(problem: Problem): number | null {
  if (problem.matrix) return problem.matrix.length
  if (problem.matrices) {
    for (const m of Object.values(problem.matrices)) {
      const any = m.durations ?? m.distances ?? m.costs
      if (any) return any.length
    }
  }
  return null
}

/**
 * Duration/distance/cost matrices for one profile. From the given matrices when present,
 * else haversine distance × road factor, duration = distance / profile speed (seconds).
 */
export function matricesFor(
  problem: Problem,
  profile: string,
  locations: LocationTable,
  roadFactor: number,
  speeds: Record<string, number>,
): MatrixSet {
  const given = problem.matrices?.[profile]
  if (problem.matrix || given) {
    const size = locations.size
    const durations = given?.durations ?? problem.matrix ?? given?.distances ?? given?.costs
    return {
      size,
      durations: flatten(durations as number[][]),
      distances: given?.distances ? flatten(given.distances) : null,
      costs: given?.costs ? flatten(given.costs) : null,
    }
  }
  const n = locations.size
  const speed = speeds[profile] ?? DEFAULT_SPEEDS[profile] ?? DEFAULT_SPEEDS.car
  const distances = new Float64Array(n * n)
  const durations = new Float64Array(n * n)
  // haversine() with each point's cosine of latitude computed once, not once per pair: the same
  // expressions in the same order, so the same numbers, in about half the time
  const toRad = Math.PI / 180
  const lon = new Float64Array(n)
  const lat = new Float64Array(n)
  const cosLat = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const c = locations.coords[i]!
    lon[i] = c[0]
    lat[i] = c[1]
    cosLat[i] = Math.cos(c[1] * toRad)
  }
  const twoR = 2 * EARTH_RADIUS_M
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dLat = (lat[j] - lat[i]) * toRad
      const dLon = (lon[j] - lon[i]) * toRad
      const s = Math.sin(dLat / 2) ** 2 + cosLat[i] * cosLat[j] * Math.sin(dLon / 2) ** 2
      const d = Math.round(twoR * Math.asin(Math.min(1, Math.sqrt(s))) * roadFactor)
      const t = Math.round(d / speed)
      distances[i * n + j] = distances[j * n + i] = d
      durations[i * n + j] = durations[j * n + i] = t
    }
  }
  return { size: n, durations, distances, costs: null }
}
