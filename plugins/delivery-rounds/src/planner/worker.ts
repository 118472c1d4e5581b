import { parentPort } from "worker_threads"
import { solve } from "./solve"
import type { Problem, SolveOptions } from "./types"

/**
 * Worker-thread entry, kept between solves (see PlannerWorker): answers each
 * `{ id, problem, options }` with `{ id, ok, solution | error }`.
 */
if (parentPort) {
  const port = parentPort
  port.on("message", ({ id, problem, options }: { id: number; problem: Problem; options: SolveOptions }) => {
    try {
      port.postMessage({ id, ok: true, solution: solve(problem, options) })
    } catch (e) {
      const err = e as Error & { errors?: unknown }
      port.postMessage({ id, ok: false, name: err.name, message: err.message, errors: err.errors })
    }
  })
}
