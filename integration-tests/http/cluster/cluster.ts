// Starts `start.mjs --cluster` on spare ports, the way an operator would, on a copy of the HTTP
// specs' district template (helpers/district-template.ts) and the production build the test
// pipeline has just made: no migrations, no seed. Stops it with SIGINT, which stops every instance.
import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import axios, { type AxiosInstance } from "axios"
import pg from "pg"
import { DISTRICT_TEMPLATE, seedOutputPath } from "../../helpers/district-template"
import { waitFor } from "../../helpers/wait-for"

const root = path.resolve(__dirname, "../../..")

export type Ports = { a: number; b: number; worker: number; redis: number; s3: number }
export type Instance = { pid: number; port: number; mode: string; log: string }
type InstanceName = "server-a" | "server-b" | "worker"

export type Cluster = {
  ports: Ports
  a: AxiosInstance
  b: AxiosInstance
  db: pg.Client
  state: () => { publishableKey: string; instances: Record<InstanceName, Instance> }
  log: (name: InstanceName) => string
  s3Url: (key: string) => string
  stop: () => Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

// CLUSTER_PORT_BASE pins them (base, +1, +2 for the Medusa instances, +20 Redis, +21 S3).
async function choosePorts(): Promise<Ports> {
  const base = Number(process.env.CLUSTER_PORT_BASE)
  if (base) return { a: base, b: base + 1, worker: base + 2, redis: base + 20, s3: base + 21 }
  const [a, b, worker, redis, s3] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()])
  return { a, b, worker, redis, s3 }
}

/** Whether a process still runs (a zombie left to a parent that does not reap it does not). */
export function isRunning(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, "utf8"))
  } catch {
    return false
  }
}

export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1")
    socket.once("connect", () => socket.end(() => resolve(true)))
    socket.once("error", () => resolve(false))
  })
}

export async function startCluster(extraEnv: Record<string, string> = {}): Promise<Cluster> {
  const templateDir = process.env.RBV_DISTRICT_TEMPLATE_DIR
  if (!templateDir || !fs.existsSync(seedOutputPath(templateDir))) throw new Error("the district template is missing: run this file through npm run test:http")
  const { DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD } = process.env
  const urlOf = (name: string) => `postgres://${DB_USERNAME}:${DB_PASSWORD}@${DB_HOST}:${DB_PORT}/${name}`
  const database = `rbv_cluster_${process.pid}`
  const maintenance = new pg.Client({ connectionString: urlOf("postgres") })
  await maintenance.connect()
  await maintenance.query(`CREATE DATABASE ${database} TEMPLATE ${DISTRICT_TEMPLATE}`).finally(() => maintenance.end())
  const databaseUrl = urlOf(database)

  const ports = await choosePorts()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rbv-cluster-"))
  let output = ""
  const script = path.join(root, "backend/scripts/start.mjs")
  const child = spawn(process.execPath, [script, "--cluster", "--fresh", "--backend-only", "--no-build", `--district=${seedOutputPath(templateDir)}`], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      MEDUSA_DISABLE_TELEMETRY: "true",
      DATABASE_URL: databaseUrl,
      RBV_DATA_DIR: dataDir,
      PORT: String(ports.a),
      RBV_SERVER_B_PORT: String(ports.b),
      RBV_WORKER_PORT: String(ports.worker),
      RBV_REDIS_PORT: String(ports.redis),
      RBV_S3_PORT: String(ports.s3),
      ...extraEnv,
    },
  })
  child.stdout!.on("data", (d) => (output += d))
  child.stderr!.on("data", (d) => (output += d))
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  const db = new pg.Client({ connectionString: databaseUrl })

  const stop = async () => {
    await db.end().catch(() => {})
    // CLUSTER_KEEP_LOGS=<folder>: each instance's log kept there, to read after a failure.
    if (process.env.CLUSTER_KEEP_LOGS && fs.existsSync(dataDir)) fs.cpSync(path.join(dataDir, "logs"), process.env.CLUSTER_KEEP_LOGS, { recursive: true })
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid!, "SIGINT")
      const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 60_000).unref())])
      if (!stopped) throw new Error(`start.mjs --cluster did not stop within 60 s of SIGINT:\n${output}`)
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
      300_000
    )
    await db.connect()
  } catch (err) {
    await stop()
    throw err
  }
  console.log(`cluster started: ${output.trim().split("\n").filter((l) => /\[\d\/\d\]|Ready in/.test(l)).join(" | ")}`)

  const state = () => JSON.parse(fs.readFileSync(path.join(dataDir, "state.json"), "utf8"))
  const http = (port: number) => axios.create({ baseURL: `http://localhost:${port}`, timeout: 60_000 })
  return {
    ports,
    a: http(ports.a),
    b: http(ports.b),
    db,
    state,
    log: (name) => fs.readFileSync(path.join(dataDir, "logs", `${name}.log`), "utf8"),
    s3Url: (key) => `http://127.0.0.1:${ports.s3}/rbv-uploads/${key}`,
    stop,
  }
}
