import { createServer } from "http"
import type { AddressInfo } from "net"

type Step = { type: string; id?: number; description?: string }

/**
 * A stand-in for vroom-express on loopback: takes the problem as VROOM's HTTP API does (POST,
 * JSON) and answers in VROOM's solution format. It rides every pickup first, then the
 * deliveries in the REVERSE of the order the problem lists them — an order of its own, so a
 * test can tell its answer from the built-in planner's. `failWith` makes it answer like VROOM
 * does on a problem it refuses (`code` 3 and an `error`).
 */
export async function startFakeVroom() {
  const problems: any[] = []
  const answers: Step[][] = []
  let failure: string | null = null
  const server = createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const problem = JSON.parse(raw)
      problems.push(problem)
      res.setHeader("content-type", "application/json")
      if (failure) {
        res.statusCode = 400
        return res.end(JSON.stringify({ code: 3, error: failure }))
      }
      const shipments: any[] = problem.shipments ?? []
      const echo = (type: string, task: any): Step => ({ type, id: task.id, description: task.description })
      const steps: Step[] = [
        { type: "start" },
        ...shipments.map((s) => echo("pickup", s.pickup)),
        ...[...shipments.map((s) => echo("delivery", s.delivery)), ...(problem.jobs ?? []).map((j: any) => echo("job", j))].reverse(),
        { type: "end" },
      ]
      answers.push(steps)
      res.end(JSON.stringify({ code: 0, summary: { cost: 0, routes: 1, unassigned: 0 }, unassigned: [], routes: [{ vehicle: problem.vehicles[0].id, steps }] }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    problems,
    answers,
    failWith: (error: string) => void (failure = error),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
