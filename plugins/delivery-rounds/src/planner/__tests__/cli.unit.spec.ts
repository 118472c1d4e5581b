import { spawnSync } from "child_process"
import { rmSync, writeFileSync } from "fs"
import { join } from "path"
import { checkSolution } from "../checker"
import type { Problem, Solution } from "../types"
import { compilePlanner } from "./compile-planner"

const BIN = join(__dirname, "..", "..", "..", "bin", "rbv-plan.js")
let plannerDir: string
// Each test starts Node processes or a worker thread: seconds on a loaded machine, not jest's 5.
jest.setTimeout(60_000)

const problem: Problem = {
  vehicles: [{ id: 1, start_index: 0, end_index: 0, capacity: [4], time_window: [0, 1000] }],
  jobs: [
    { id: 1, location_index: 1, delivery: [1], service: 5, time_windows: [[0, 100]] },
    { id: 2, location_index: 2, delivery: [2], service: 5 },
    { id: 3, location_index: 3, pickup: [1] },
  ],
  shipments: [{ amount: [1], pickup: { id: 10, location_index: 2 }, delivery: { id: 11, location_index: 1 } }],
  matrices: {
    car: {
      durations: [
        [0, 10, 20, 15],
        [10, 0, 12, 9],
        [20, 12, 0, 7],
        [15, 9, 7, 0],
      ],
    },
  },
}

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, RBV_PLANNER_DIR: plannerDir, ...env },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

beforeAll(() => {
  plannerDir = compilePlanner()
})

afterAll(() => {
  rmSync(plannerDir, { recursive: true, force: true })
})

describe("rbv-plan CLI", () => {
  it("solves a problem file and prints the VROOM solution", () => {
    const file = join(plannerDir, "problem.json")
    writeFileSync(file, JSON.stringify(problem))
    const r = run([file, "--time-limit-ms", "300", "--seed", "4"])
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const s = JSON.parse(r.stdout) as Solution
    expect(s.code).toBe(0)
    expect(s.summary.routes).toBe(1)
    expect(checkSolution(problem, s).violations).toEqual([])
  })

  it("reads stdin when no file is given, same seed same answer", () => {
    // A tiny problem stops at its iteration cap, long before this limit: on a loaded machine a
    // 200 ms limit could stop one run earlier than the other.
    const a = run(["--seed=9", "--time-limit-ms=5000"], JSON.stringify(problem))
    const b = run(["--seed", "9", "--time-limit-ms", "5000"], JSON.stringify(problem))
    expect(a.code).toBe(0)
    expect(JSON.parse(a.stdout).routes).toEqual(JSON.parse(b.stdout).routes)
  })

  const malformed: [string, unknown, RegExp][] = [
    ["bad JSON", "{\"vehicles\": [", /\(root\): not valid JSON/],
    ["unknown location index", { ...problem, jobs: [{ id: 1, location_index: 9 }] }, /jobs\[0\]\.location_index: unknown location index 9/],
    ["negative amounts", { ...problem, jobs: [{ id: 1, location_index: 1, delivery: [-2] }] }, /jobs\[0\]\.delivery\[0\]: must not be negative/],
    [
      "mismatched capacity dimensions",
      { ...problem, jobs: [{ id: 1, location_index: 1, delivery: [1, 1] }] },
      /jobs\[0\]\.delivery: has 2 dimensions but vehicles\[0\]\.capacity has 1/,
    ],
    ["non-square matrix", { ...problem, matrices: { car: { durations: [[0, 1], [1, 0, 3]] } } }, /matrices\.car\.durations\[1\]: matrix is not square/],
  ]

  it.each(malformed)("exits 2 with a one-line message on %s", (_name, input, message) => {
    const r = run([], typeof input === "string" ? input : JSON.stringify(input))
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr.trim().split("\n")).toHaveLength(1)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it("exits 2 on unknown options and unreadable files", () => {
    expect(run(["--fast"]).code).toBe(2)
    expect(run(["--seed", "x"], "{}").code).toBe(2)
    const r = run([join(plannerDir, "missing.json")])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/cannot read/)
  })

  it("tells to build when the compiled planner is missing", () => {
    const r = run([], JSON.stringify(problem), { RBV_PLANNER_DIR: join(plannerDir, "nowhere") })
    expect(r.code).toBe(1)
    expect(r.stderr.trim().split("\n")).toHaveLength(1)
    expect(r.stderr).toMatch(/npm run build/)
  })
})

describe("solveInWorker", () => {
  it("solves in a worker thread", async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const planner = require(join(plannerDir, "index.js")) as typeof import("../index")
    const s = await planner.solveInWorker(problem, { timeLimitMs: 200, seed: 2 })
    expect(checkSolution(problem, s).violations).toEqual([])
  })

  it("rejects malformed problems with the field errors", async () => {
    const planner = require(join(plannerDir, "index.js")) as typeof import("../index")
    await expect(planner.solveInWorker({ vehicles: [] })).rejects.toMatchObject({
      name: "InvalidProblemError",
      errors: [expect.objectContaining({ field: "vehicles" })],
    })
  })

  // 40 jobs on 4 vehicles: past the small-problem cap, so the iteration cap alone makes it reproducible
  const larger = (seed: number): Problem => {
    let x = seed
    const rnd = () => (x = (x * 48271) % 2147483647) / 2147483647
    const at = (): [number, number] => [10.99 + rnd() * 0.03, 45.43 + rnd() * 0.02]
    return {
      vehicles: [1, 2, 3, 4].map((id) => ({ id, start: at(), end: at(), capacity: [12], time_window: [0, 4 * 3600] as [number, number] })),
      jobs: Array.from({ length: 40 }, (_, i) => ({ id: i + 1, location: at(), delivery: [1], service: 120 })),
    }
  }
  const capped = { timeLimitMs: 60_000, maxIterations: 100, seed: 3 }
  const same = (s: Solution) => JSON.stringify({ ...s, summary: { ...s.summary, computing_times: null } })

  it("keeps one worker between solves, answering as a fresh worker does", async () => {
    const planner = require(join(plannerDir, "index.js")) as typeof import("../index")
    const warm = new planner.PlannerWorker(join(plannerDir, "worker.js"))
    const fresh = new planner.PlannerWorker(join(plannerDir, "worker.js"))
    try {
      // asked together: the second waits for the first on the same thread
      const [a, b] = await Promise.all([warm.solve(larger(7), capped), warm.solve(larger(8), capped)])
      const thread = warm.threadId
      expect(thread).not.toBeNull()
      const c = await warm.solve(larger(7), capped)
      expect(warm.threadId).toBe(thread)
      expect(same(c)).toBe(same(a))
      expect(same(b)).toBe(same(await fresh.solve(larger(8), capped)))
      expect(checkSolution(larger(8), b).violations).toEqual([])
    } finally {
      await Promise.all([warm.terminate(), fresh.terminate()])
    }
  })

  it("replaces a worker that was killed or gave no answer in time", async () => {
    const planner = require(join(plannerDir, "index.js")) as typeof import("../index")
    const quick = { timeLimitMs: 30_000, maxIterations: 50, seed: 2 }
    const w = new planner.PlannerWorker(join(plannerDir, "worker.js"))
    // no grace beyond the limit: 1 ms ends before the worker can even answer
    const hasty = new planner.PlannerWorker(join(plannerDir, "worker.js"), 0)
    try {
      await w.solve(problem, quick)
      const first = w.threadId
      const killed = w.solve(larger(7), { timeLimitMs: 30_000 })
      await w.terminate()
      await expect(killed).rejects.toThrow(/exited/)
      expect(w.threadId).toBeNull()
      expect(checkSolution(problem, await w.solve(problem, quick)).violations).toEqual([])
      expect(w.threadId).not.toBe(first)

      await expect(hasty.solve(larger(7), { timeLimitMs: 1 })).rejects.toThrow(/no answer within 1 ms/)
      expect(hasty.threadId).toBeNull()
    } finally {
      await Promise.all([w.terminate(), hasty.terminate()])
    }
  })
})
