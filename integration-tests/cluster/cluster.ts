// Starts `start.mjs --cluster` on spare ports in a throw-away data folder and stops it again,
// the way an operator would: SIGINT to the script, which stops every instance it started.
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import axios, { type AxiosInstance } from "axios"
import pg from "pg"
import { waitFor } from "../helpers/wait-for"

const root = path.resolve(__dirname, "../..")
const base = Number(process.env.CLUSTER_PORT_BASE || 9610)

export const ports = {
  a: base,
  b: base + 1,
  worker: base + 2,
  redis: base + 20,
  s3: base + 21,
  pg: base + 22,
}

export type Instance = { pid: number; port: number; mode: string; log: string }

export type Cluster = {
  dataDir: string
  a: AxiosInstance
  b: AxiosInstance
  db: pg.Client
  state: () => { publishableKey: string; instances: Record<string, Instance> }
  log: (name: "server-a" | "server-b" | "worker") => string
  s3Url: (key: string) => string
  stop: () => Promise<void>
}

export async function startCluster(extraEnv: Record<string, string> = {}): Promise<Cluster> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rbv-cluster-"))
  let output = ""
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "backend/scripts/start.mjs"), "--cluster", "--fresh", "--backend-only"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      MEDUSA_DISABLE_TELEMETRY: "true",
      RBV_DATA_DIR: dataDir,
      PORT: String(ports.a),
      RBV_SERVER_B_PORT: String(ports.b),
      RBV_WORKER_PORT: String(ports.worker),
      RBV_REDIS_PORT: String(ports.redis),
      RBV_S3_PORT: String(ports.s3),
      RBV_PG_PORT: String(ports.pg),
      ...extraEnv,
    },
  })
  child.stdout!.on("data", (d) => (output += d))
  child.stderr!.on("data", (d) => (output += d))
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid!, "SIGINT")
      await Promise.race([exited, new Promise((r) => setTimeout(r, 60_000))])
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
  }

  try {
    await waitFor(
      "the cluster to be ready",
      async () => {
        if (child.exitCode !== null) throw new Error(`start.mjs --cluster exited ${child.exitCode}:\n${output}`)
        return output.includes("Ready in")
      },
      900_000
    )
  } catch (err) {
    await stop()
    throw err
  }

  const state = () => JSON.parse(fs.readFileSync(path.join(dataDir, "state.json"), "utf8"))
  const db = new pg.Client({ connectionString: `postgres://postgres:postgres@localhost:${ports.pg}/rbv` })
  await db.connect()
  const http = (port: number) => axios.create({ baseURL: `http://localhost:${port}`, timeout: 60_000 })
  return {
    dataDir,
    a: http(ports.a),
    b: http(ports.b),
    db,
    state,
    log: (name) => fs.readFileSync(path.join(dataDir, "logs", `${name}.log`), "utf8"),
    s3Url: (key) => `http://127.0.0.1:${ports.s3}/rbv-uploads/${key}`,
    stop: async () => {
      await db.end().catch(() => {})
      await stop()
    },
  }
}
