import { buildModel, KIND_PICKUP, type Model } from "./model"
import { buildSolution } from "./output"
import { Search } from "./search"
import { isTspLike, solveTsp } from "./tsp"
import type { Problem, Solution, SolveOptions } from "./types"
import { formatErrors, validateProblem } from "./validate"
import type { FieldError } from "./types"

export const DEFAULT_TIME_LIMIT_MS = 2000

/** Thrown by `solve` when the problem is malformed; `errors` names each offending field. */
export class InvalidProblemError extends Error {
  readonly errors: FieldError[]
  constructor(errors: FieldError[]) {
    super(formatErrors(errors))
    this.name = "InvalidProblemError"
    this.errors = errors
  }
}

function reasonFor(m: Model, search: Search, r: number): string {
  if (!search.impossible[r]) {
    if (search.untried[r]) return "not planned: the time limit ran out before the planner got to it"
    return "no room left in the fleet (capacity, time windows, shifts or max_tasks)"
  }
  const V = m.nVehicles
  let skilled = false
  let fits = false
  const D = m.dims
  for (let v = 0; v < V; v++) {
    if (!m.allowed[r * V + v]) continue
    skilled = true
    let ok = true
    for (let d = 0; d < D; d++) {
      // a job carries its delivery from the start and its pickup to the end; a shipment its amount
      const need = Math.max(m.taskStartLoad[r * D + d], m.taskAdd[r * D + d])
      if (need > m.vCapacity[v * D + d]) ok = false
    }
    if (ok) fits = true
  }
  if (!skilled) return "no vehicle has the required skills"
  if (!fits) return "the amount exceeds every vehicle's capacity"
  return m.taskKind[r] === KIND_PICKUP
    ? "the pickup and delivery cannot both be reached within their time windows and the vehicles' shifts"
    : "cannot be reached within its time windows and the vehicles' shifts (or max_tasks)"
}

/**
 * Solves a VROOM-format routing problem. Pure and synchronous: same problem, seed and
 * iteration cap give the same answer. Throws InvalidProblemError on malformed input.
 */
export function solve(problem: Problem, options: SolveOptions = {}): Solution {
  const now = options.now ?? Date.now
  const t0 = now()
  const begun = options.startedAt ?? t0
  const errors = validateProblem(problem)
  if (errors.length > 0) throw new InvalidProblemError(errors)
  const m = buildModel(problem, { roadFactor: options.roadFactor, profileSpeeds: options.profileSpeeds })
  const t1 = now()
  const limit = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS
  // keep a little margin for building the output
  const deadline = begun + Math.max(0, limit - Math.min(50, limit * 0.03))
  const seed = options.seed ?? 1
  // tiny problems converge long before the time limit: cap their iterations (also deterministic)
  const n = m.nTasks
  const smallCap = n <= 30 ? 1000 + 200 * n * n : Infinity
  const maxIterations = Math.min(options.maxIterations ?? Infinity, smallCap)
  let routes: number[][]
  let unassigned: { task: number; reason: string }[]
  if (isTspLike(m)) {
    routes = solveTsp(m, { seed, deadline, maxIterations, now })
    unassigned = []
  } else {
    const search = new Search(m, seed)
    const res = search.run({ seed, deadline, maxIterations, now })
    routes = res.routes
    unassigned = res.unassigned.map((r) => ({ task: r, reason: reasonFor(m, search, r) }))
  }
  const t2 = now()
  return buildSolution(m, routes, unassigned, { loading: t1 - t0, solving: t2 - t1 })
}
