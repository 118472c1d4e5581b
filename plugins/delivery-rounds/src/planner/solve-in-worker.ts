import { PlannerWorker } from "./planner-worker"
import type { Problem, Solution, SolveOptions } from "./types"

/** The process's planner worker, started at the first solve and kept warm between solves. */
const plannerWorker = new PlannerWorker()

/**
 * Runs `solve` in a worker thread so a server's event loop never blocks. Needs the compiled
 * planner (worker.js next to this file); rejects with InvalidProblemError on malformed input.
 */
export function solveInWorker(problem: Problem, options: Omit<SolveOptions, "now" | "startedAt"> = {}): Promise<Solution> {
  return plannerWorker.solve(problem, options)
}
