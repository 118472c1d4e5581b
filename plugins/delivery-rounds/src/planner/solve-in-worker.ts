import { existsSync } from "fs"
import { join } from "path"
import { Worker } from "worker_threads"
import { InvalidProblemError } from "./solve"
import type { FieldError, Problem, Solution, SolveOptions } from "./types"

/**
 * Runs `solve` in a worker thread so a server's event loop never blocks. Needs the compiled
 * planner (worker.js next to this file); rejects with InvalidProblemError on malformed input.
 */
export function solveInWorker(
  problem: Problem,
  options: Omit<SolveOptions, "now"> = {},
): Promise<Solution> {
  const file = join(__dirname, "worker.js")
  if (!existsSync(file)) {
    return Promise.reject(new Error(`planner worker not built: ${file} is missing (run npm run build)`))
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: { problem, options } })
    let settled = false
    worker.once("message", (msg: { ok: boolean; solution?: Solution; name?: string; message?: string; errors?: FieldError[] }) => {
      settled = true
      if (msg.ok) resolve(msg.solution as Solution)
      else if (msg.name === "InvalidProblemError") reject(new InvalidProblemError(msg.errors ?? []))
      else reject(new Error(msg.message))
    })
    worker.once("error", (e) => {
      settled = true
      reject(e)
    })
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`planner worker exited with code ${code}`))
    })
  })
}
