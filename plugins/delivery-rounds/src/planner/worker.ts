import { parentPort, workerData } from "worker_threads"
import { solve } from "./solve"
import type { Problem, SolveOptions } from "./types"

/** Worker-thread entry: solves `workerData` and posts `{ ok, solution | error }`. */
if (parentPort) {
  const { problem, options } = workerData as { problem: Problem; options: SolveOptions }
  try {
    parentPort.postMessage({ ok: true, solution: solve(problem, options) })
  } catch (e) {
    const err = e as Error & { errors?: unknown }
    parentPort.postMessage({ ok: false, name: err.name, message: err.message, errors: err.errors })
  }
}
