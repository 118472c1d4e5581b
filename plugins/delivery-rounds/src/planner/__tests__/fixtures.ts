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
