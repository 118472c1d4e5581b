import { existsSync } from "fs"
import { join } from "path"
import { Worker } from "worker_threads"
import { DEFAULT_TIME_LIMIT_MS, InvalidProblemError } from "./solve"
import type { FieldError, Problem, Solution, SolveOptions } from "./types"

type Reply = { id: number; ok: boolean; solution?: Solution; name?: string; message?: string; errors?: FieldError[] }
type Job = {
  problem: Problem
  options: Omit<SolveOptions, "now" | "startedAt">
  asked: number
  resolve: (s: Solution) => void
  reject: (e: Error) => void
}

/** Beyond its time limit a solve gets this long (build the model, copy the answer back) before its worker is replaced. */
const DEFAULT_GRACE_MS = 10_000

/**
 * One worker thread that solves one problem at a time, kept between solves: a fresh worker runs
 * the planner cold (V8 still compiling it) and makes 40–55% fewer iterations in the same time.
 * Solves wait their turn; the time limit counts from the call, so the caller's wait stays within
 * it. A worker that dies, or answers later than its limit plus `graceMs`, is replaced for the next solve.
 */
export class PlannerWorker {
  private worker: Worker | null = null
  private readonly queue: Job[] = []
  private busy = false
  private nextId = 1

  constructor(
    private readonly file = join(__dirname, "worker.js"),
    private readonly graceMs = DEFAULT_GRACE_MS
  ) {}

  /** Thread id of the live worker, or null when none is running (none yet, or the last one was replaced). */
  get threadId(): number | null {
    return this.worker?.threadId ?? null
  }

  solve(problem: Problem, options: Omit<SolveOptions, "now" | "startedAt"> = {}): Promise<Solution> {
    if (!existsSync(this.file)) {
      return Promise.reject(new Error(`planner worker not built: ${this.file} is missing (run npm run build)`))
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ problem, options, asked: Date.now(), resolve, reject })
      this.next()
    })
  }

  /** Stops the worker; a solve in progress rejects, later ones start a new worker. */
  async terminate(): Promise<void> {
    await this.worker?.terminate()
  }

  private next() {
    if (this.busy) return
    const job = this.queue.shift()
    if (!job) return
    this.busy = true
    const limit = Math.max(0, (job.options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS) - (Date.now() - job.asked))
    let worker: Worker
    try {
      worker = this.worker ?? this.spawn()
    } catch (e) {
      job.reject(e as Error)
      this.busy = false
      return this.next()
    }
    worker.ref()
    const id = this.nextId++
    const settle = (fail?: Error, solution?: Solution) => {
      clearTimeout(watchdog)
      worker.off("message", onMessage)
      worker.off("exit", onExit)
      if (fail) job.reject(fail)
      else job.resolve(solution as Solution)
      if (this.worker === worker) worker.unref()
      this.busy = false
      this.next()
    }
    const onMessage = (msg: Reply) => {
      if (msg.id !== id) return
      if (msg.ok) settle(undefined, msg.solution)
      else settle(msg.name === "InvalidProblemError" ? new InvalidProblemError(msg.errors ?? []) : new Error(msg.message))
    }
    const onExit = (code: number) => settle(new Error(`planner worker exited with code ${code}`))
    // setTimeout fires at once past 2^31 - 1 ms
    const wait = Math.min(limit + this.graceMs, 2 ** 31 - 1)
    const watchdog = setTimeout(() => {
      this.retire(worker)
      settle(new Error(`planner worker gave no answer within ${wait} ms: replaced`))
    }, wait)
    worker.on("message", onMessage)
    worker.on("exit", onExit)
    try {
      // the limit runs from here: the copy of the problem and a new thread's start count in it
      worker.postMessage({ id, problem: job.problem, options: { ...job.options, timeLimitMs: limit, startedAt: Date.now() } })
    } catch (e) {
      settle(e as Error) // a problem that cannot be copied to the thread
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.file)
    // an uncaught error ends the thread: "exit" follows, which settles the solve in progress
    worker.on("error", () => this.retire(worker))
    worker.on("exit", () => this.retire(worker))
    this.worker = worker
    return worker
  }

  private retire(worker: Worker) {
    if (this.worker !== worker) return
    this.worker = null
    void worker.terminate()
  }
}
