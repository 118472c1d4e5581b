import type { Job, Problem, Vehicle } from "../types"

/** Points on a plane → a Euclidean matrix (optionally rounded). */
export function euclid(points: [number, number][], round = false): number[][] {
  return points.map((a) =>
    points.map((b) => {
      const d = Math.hypot(a[0] - b[0], a[1] - b[1])
      return round ? Math.round(d) : d
    }),
  )
}

/** One depot (index 0) plus jobs at indices 1..n on a matrix. */
export function matrixProblem(
  matrix: number[][],
  jobs: Partial<Job>[],
  vehicles: Partial<Vehicle>[] = [{}],
): Problem {
  return {
    vehicles: vehicles.map((v, i) => ({ id: i + 1, start_index: 0, end_index: 0, ...v })),
    jobs: jobs.map((j, i) => ({ id: i + 1, location_index: i + 1, ...j })),
    matrices: { car: { durations: matrix } },
  }
}

export function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items.slice()]
  const out: T[][] = []
  items.forEach((x, i) => {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) out.push([x, ...rest])
  })
  return out
}

/** An n × n matrix of non-integer travel times (4 decimals), symmetric or not, for the insertion property tests. */
export function randomDurations(rand: () => number, nLoc: number, symmetric: boolean): number[][] {
  const durations = Array.from({ length: nLoc }, () => new Array<number>(nLoc).fill(0))
  for (let i = 0; i < nLoc; i++) {
    for (let j = 0; j < nLoc; j++) {
      if (i === j || (symmetric && j < i)) continue
      durations[i][j] = Math.round(rand() * 1e6) / 1e4
      if (symmetric) durations[j][i] = durations[i][j]
    }
  }
  return durations
}

/**
 * Three vehicles from the depot (index 0) for the insertion property tests: the second without a start and the third
 * without an end when `open`; costs the times or not (a per-hour rate); a fixed cost on some.
 */
export function threeVehicles(rand: () => number, dims: number, capacity: number, rate: boolean, open: boolean): Vehicle[] {
  return [0, 1, 2].map((i) => ({
    id: i + 1,
    start_index: open && i === 1 ? undefined : 0,
    end_index: open && i === 2 ? undefined : 0,
    ...(dims > 0 ? { capacity: Array.from({ length: dims }, () => capacity) } : {}),
    ...(rate ? { costs: { per_hour: 1800 + Math.floor(rand() * 3600) } } : {}),
    ...(rand() < 0.5 ? { costs: { fixed: 1000, ...(rate ? { per_hour: 2700 } : {}) } } : {}),
    time_window: [0, 12000] as [number, number],
  }))
}
