import { solveInWorker, type Problem, type Solution, type SolveOptions } from "../planner"

export type RoundSolution = { solution: Solution; solver: string }

/**
 * A VROOM server (vroom-express: the problem POSTed as JSON, the solution in the answer) when
 * ROUTING_ENGINE_URL is set and answers; the built-in planner otherwise, saying why. Both speak
 * VROOM's format, so a network that outgrows rbv-plan changes engine by one setting.
 */
export async function solveRound(
  problem: Problem,
  options: Omit<SolveOptions, "now">,
  engineUrl = process.env.ROUTING_ENGINE_URL,
  timeoutMs = 30_000
): Promise<RoundSolution> {
  if (!engineUrl) return { solution: await solveInWorker(problem, options), solver: "rbv-plan" }
  try {
    return { solution: await vroomSolve(engineUrl, problem, timeoutMs), solver: `VROOM (${new URL(engineUrl).host})` }
  } catch (e) {
    return { solution: await solveInWorker(problem, options), solver: `rbv-plan (${(e as Error).message})` }
  }
}

async function vroomSolve(url: string, problem: Problem, timeoutMs: number): Promise<Solution> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(problem),
    signal: AbortSignal.timeout(timeoutMs),
  })
  const body = (await res.json().catch(() => ({}))) as Partial<Solution> & { error?: string }
  if (!res.ok || body.code !== 0 || !Array.isArray(body.routes)) {
    throw new Error(`routing engine: ${body.error ?? `HTTP ${res.status}`}`)
  }
  return body as Solution
}
