#!/usr/bin/env node
// `npm start` / `npm run dev` / `npm run seed`: the whole marketplace from a fresh clone.
// Database (embedded PostgreSQL unless DATABASE_URL is set) → build → migrations → demo
// district → Medusa → storefront. Ctrl-C stops everything, database included.
// `npm run start:cluster` (--cluster): the production shape on one machine — a local Redis and
// S3 store, two Medusa servers and one worker sharing them, the storefront on the first server.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { StartupError } from "./lib/errors.mjs"
import { assertPortFree } from "./lib/ports.mjs"
import { startPostgres } from "./lib/postgres.mjs"
import { startRedis } from "./lib/redis.mjs"
import { startS3 } from "./lib/s3.mjs"
import { run, serve, stopAll, waitForHttp, logPath } from "./lib/processes.mjs"
import { localSecrets } from "./lib/secrets.mjs"
import { readBuildStamp, sourcesHash, writeBuildStamp } from "./lib/build-stamp.mjs"
import { readState, writeState } from "./lib/state.mjs"

const backendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const root = path.resolve(backendDir, "..")
// A workspace may keep its own copy of a tool (next sits beside React 19 in storefront/).
const bin = (name, workspace = ".") =>
  [path.join(root, workspace, "node_modules", ".bin", name), path.join(root, "node_modules", ".bin", name)].find((p) => fs.existsSync(p)) ?? path.join(root, "node_modules", ".bin", name)

const args = new Set(process.argv.slice(2))
const mode = args.has("--dev") ? "dev" : args.has("--seed-only") ? "seed" : "start"
const withStorefront = mode !== "seed" && !args.has("--backend-only")
const fresh = args.has("--fresh")
const cluster = args.has("--cluster")
// For the test pipeline, which has just built everything and holds a migrated, seeded district
// (the HTTP specs' template) in DATABASE_URL: --no-build runs the build that is there, and
// --district=<seed output JSON> skips the migrations and the seed, taking the key and logins from it.
const noBuild = args.has("--no-build")
const districtFile = process.argv.find((a) => a.startsWith("--district="))?.slice("--district=".length)
if (districtFile && !process.env.DATABASE_URL) {
  console.error("--district=<file> describes the district already in DATABASE_URL: set DATABASE_URL too.")
  process.exit(2)
}
if (cluster && mode !== "start") {
  console.error("--cluster runs the production build: it cannot be combined with --dev or --seed-only.")
  process.exit(2)
}

const env = process.env
// How long Medusa and the storefront may take to answer once started (a benchmark niced under other work can take minutes).
const START_TIMEOUT_MS = env.RBV_START_TIMEOUT_MS ? Number(env.RBV_START_TIMEOUT_MS) : null
// The cluster keeps its own data: its files are in the S3 store, not on the disk.
const dataDir = path.resolve(env.RBV_DATA_DIR || path.join(backendDir, cluster ? ".data-cluster" : ".data"))
const medusaPort = Number(env.PORT || 9000)
const instances = cluster
  ? [
      { name: "server-a", mode: "server", port: medusaPort },
      { name: "server-b", mode: "server", port: Number(env.RBV_SERVER_B_PORT || medusaPort + 1) },
      { name: "worker", mode: "worker", port: Number(env.RBV_WORKER_PORT || medusaPort + 2) },
    ]
  : [{ name: "medusa", mode: "shared", port: medusaPort }]
const redisPort = Number(env.RBV_REDIS_PORT || 6380)
const s3Port = Number(env.RBV_S3_PORT || 4569)
const storefrontPort = Number(env.STOREFRONT_PORT || 8000)
const pgPort = Number(env.RBV_PG_PORT || 54329)
const backendUrl = `http://localhost:${medusaPort}`
const storefrontUrl = `http://localhost:${storefrontPort}`

const started = Date.now()
let step = 0
const steps = [
  "database",
  ...(mode === "dev" ? ["plugins build"] : ["production build"]),
  ...(cluster ? ["Redis", "file store"] : []),
  "migrations",
  "demo district",
  ...(mode === "seed" ? [] : [cluster ? "Medusa servers and worker" : "Medusa server"]),
  ...(withStorefront ? ["storefront"] : []),
]
async function phase(label, fn) {
  const t0 = Date.now()
  step += 1
  process.stdout.write(`  [${step}/${steps.length}] ${label}… `)
  const result = await fn()
  console.log(`${typeof result === "string" ? result + ", " : ""}${((Date.now() - t0) / 1000).toFixed(1)} s`)
  return result
}

let database
let s3
let stopping = false
async function shutdown(code, message) {
  if (stopping) return
  stopping = true
  if (message) console.error(`\n✖ ${message}`)
  else console.log("\nStopping the marketplace…")
  await stopAll()
  if (s3) await s3.stop().catch(() => {})
  if (database) await database.stop().catch(() => {})
  if (fresh) fs.rmSync(dataDir, { recursive: true, force: true })
  process.exit(code)
}
process.on("uncaughtException", (err) => shutdown(1, err instanceof StartupError ? err.message : `${err?.stack ?? err}`))
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

// Uploads live with the data (a rebuild wipes the app folder) and OUTSIDE the app's `static`
// folder: Medusa serves that folder raw (no nosniff, type guessed from the name), while
// @rbv/vendors serves /static/:key from the file module with safe headers (RBV_UPLOAD_DIR).
function prepareUploads(appDir) {
  const uploads = path.join(dataDir, "uploads")
  fs.mkdirSync(uploads, { recursive: true })
  const oldLink = path.join(appDir, "static")
  if (fs.lstatSync(oldLink, { throwIfNoEntry: false })?.isSymbolicLink()) fs.rmSync(oldLink)
  return uploads
}

async function main() {
  console.log(`Rete del Buon Vivere — ${mode === "dev" ? "development mode" : mode === "seed" ? "demo district" : "starting"}`)
  if (fresh) fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true })

  if (mode !== "seed") {
    for (const { name, port } of instances) await assertPortFree(port, name === "medusa" ? "Medusa" : `Medusa ${name}`, portVariable(name))
  }
  if (withStorefront) await assertPortFree(storefrontPort, "storefront", "STOREFRONT_PORT")

  // Secrets given in the environment win; the others are the local ones (secrets.json).
  const secrets = { ...localSecrets(dataDir), ...Object.fromEntries(["JWT_SECRET", "COOKIE_SECRET", "STOREFRONT_REVALIDATE_SECRET"].filter((k) => env[k]).map((k) => [k, env[k]])) }
  const childEnv = {
    ...env,
    ...secrets,
    MEDUSA_DISABLE_TELEMETRY: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    TURBO_TELEMETRY_DISABLED: "1",
    PORT: String(medusaPort),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    COOKIE_SECURE: env.COOKIE_SECURE ?? "false",
    // The storefront on this machine calls Medusa for every visitor's login and passes the
    // visitor's address on in X-Forwarded-For: throttling may believe it from loopback only.
    TRUST_PROXY: env.TRUST_PROXY ?? "loopback",
    NODE_ENV: mode === "dev" ? "development" : "production",
  }

  await phase("Database", async () => {
    if (env.DATABASE_URL) return "using DATABASE_URL"
    // RBV_PG_NON_DURABLE=1 (the browser journeys' throwaway marketplace): see startPostgres.
    database = await startPostgres({ dataDir: path.join(dataDir, "postgres"), port: pgPort, durable: env.RBV_PG_NON_DURABLE !== "1" })
    await database.ensureDatabase("rbv")
    childEnv.DATABASE_URL = database.urlFor("rbv")
    return `embedded PostgreSQL on port ${pgPort}`
  })

  const hash = sourcesHash(root)
  const serverDir = path.join(backendDir, ".medusa", "server")
  const buildLog = logPath(dataDir, "build")

  if (mode === "dev") {
    await phase("Building plugins", async () => {
      await run(bin("turbo"), ["run", "build", "--filter=./plugins/*", "--output-logs=errors-only"], { cwd: root, env: childEnv, logFile: buildLog, what: "The plugins build" })
    })
  } else {
    await phase("Production build", async () => {
      if (noBuild) {
        if (!fs.existsSync(path.join(serverDir, "medusa-config.js"))) throw new StartupError(`--no-build: there is no production build in ${serverDir} (run npm run build).`)
        return "the one already there"
      }
      const stamp = readBuildStamp(root)
      const covers = stamp === `all:${hash}` || (!withStorefront && stamp === `backend:${hash}`)
      if (covers && fs.existsSync(path.join(serverDir, "medusa-config.js"))) return "up to date"
      const only = withStorefront ? [] : ["--filter=@rbv/backend..."]
      await run(bin("turbo"), ["run", "build", ...only, "--output-logs=errors-only"], { cwd: root, env: { ...childEnv, NODE_ENV: "production" }, logFile: buildLog, what: "The build" })
      writeBuildStamp(root, `${withStorefront ? "all" : "backend"}:${hash}`)
      return "rebuilt"
    })
  }

  // Migrations and the seed run in one process as under `npm start` (its events handled there);
  // only the instances below share the Redis. The seed's photos go to the S3 store already.
  let redisUrl = env.REDIS_URL
  if (cluster) {
    await phase("Redis", async () => {
      if (redisUrl) return "using REDIS_URL"
      const redis = await startRedis({ dataDir: path.join(dataDir, "redis"), port: redisPort, logFile: logPath(dataDir, "redis"), onExit: (m) => shutdown(1, m) })
      redisUrl = redis.url
      return `redis-server on port ${redisPort}`
    })
    await phase("File store", async () => {
      if (env.S3_BUCKET) return `using S3 bucket ${env.S3_BUCKET}`
      s3 = await startS3({ dataDir: path.join(dataDir, "s3"), port: s3Port, bucket: "rbv-uploads" })
      Object.assign(childEnv, s3.env)
      return `local S3 store (s3rver) on port ${s3Port}`
    })
  }

  // Production runs from the build output; dev from the sources (ts-node).
  const appDir = mode === "dev" ? backendDir : serverDir
  const seedScript = mode === "dev" ? "./src/scripts/seed-district.ts" : "./src/scripts/seed-district.js"
  childEnv.RBV_UPLOAD_DIR = env.RBV_UPLOAD_DIR || prepareUploads(appDir)
  // Without SMTP_URL the network's e-mails are kept here (admin → "Posta in uscita").
  childEnv.RBV_MAIL_OUTBOX_DIR = env.RBV_MAIL_OUTBOX_DIR || path.join(dataDir, "outbox")
  const migrationKey = `${childEnv.DATABASE_URL}|${hash}`

  await phase("Database migrations", async () => {
    if (districtFile) return "already migrated"
    if (readState(dataDir).migrated === migrationKey) return "up to date"
    await run(bin("medusa"), ["db:migrate"], { cwd: appDir, env: childEnv, logFile: logPath(dataDir, "migrate"), what: "The migrations" })
    writeState(dataDir, { ...readState(dataDir), migrated: migrationKey })
  })

  await phase("Demo district", async () => {
    if (districtFile) {
      const { publishableKey, logins } = JSON.parse(fs.readFileSync(districtFile, "utf8"))
      writeState(dataDir, { ...readState(dataDir), publishableKey, logins })
      return "already there"
    }
    const current = readState(dataDir)
    if (current.seeded === migrationKey && current.publishableKey && mode !== "seed") return "already there"
    await run(bin("medusa"), ["exec", seedScript], { cwd: appDir, env: { ...childEnv, RBV_SEED_OUTPUT: path.join(dataDir, "seed-output.json") }, logFile: logPath(dataDir, "seed"), what: "The demo district seed" })
    const output = JSON.parse(fs.readFileSync(path.join(dataDir, "seed-output.json"), "utf8"))
    writeState(dataDir, { ...readState(dataDir), seeded: migrationKey, publishableKey: output.publishableKey, logins: output.logins })
  })

  if (mode === "seed") return shutdown(0)
  const { publishableKey, logins = {} } = readState(dataDir)

  await phase(cluster ? "Medusa servers and worker" : "Medusa server", async () => {
    const instanceEnv = cluster ? { ...childEnv, REDIS_URL: redisUrl } : childEnv
    await Promise.all(instances.map((instance) => startInstance(instance, appDir, instanceEnv)))
  })

  if (withStorefront) {
    await phase("Storefront", async () => {
      // In production the storefront's own server (storefront/server.mjs: Next's handler, and its
      // scripts started after the first paint), as `npm start` in storefront/ runs it.
      const [cmd, cmdArgs] = mode === "dev" ? [bin("next", "storefront"), ["dev"]] : [process.execPath, ["server.mjs"]]
      const storefront = serve(cmd, [...cmdArgs, "-p", String(storefrontPort)], {
        cwd: path.join(root, "storefront"),
        env: { ...childEnv, MEDUSA_PUBLISHABLE_KEY: env.MEDUSA_PUBLISHABLE_KEY || publishableKey },
        logFile: mode === "dev" ? undefined : logPath(dataDir, "storefront"),
        what: "The storefront",
        onExit: (m) => shutdown(1, m),
      })
      await waitForHttp(storefrontUrl, { timeoutMs: START_TIMEOUT_MS ?? 120_000, what: "The storefront", isAlive: () => storefront.exitCode === null })
    })
  }

  console.log(`\nReady in ${((Date.now() - started) / 1000).toFixed(1)} s. Press Ctrl-C to stop.\n`)
  if (withStorefront) console.log(`  Storefront      ${storefrontUrl}`)
  console.log(`  Medusa API      ${backendUrl}`)
  console.log(`  Medusa admin    ${backendUrl}/app`)
  console.log(`  E-mail          ${env.SMTP_URL ? `sent through SMTP_URL from ${env.MAIL_FROM}` : `kept in ${childEnv.RBV_MAIL_OUTBOX_DIR} (admin → Posta in uscita)`}`)
  if (cluster) {
    const [, b, worker] = instances
    console.log(`  Second server   http://localhost:${b.port}  (same API and admin)`)
    console.log(`  Worker          http://localhost:${worker.port}/health  (subscribers, scheduled jobs)`)
    console.log(`  Redis           ${redisUrl}`)
    console.log(`  Files           ${childEnv.S3_ENDPOINT ?? "S3"} bucket ${childEnv.S3_BUCKET}`)
  }
  console.log(`  Publishable key ${publishableKey}`)
  for (const [who, list] of Object.entries(logins)) {
    console.log(`\n  ${who}:`)
    for (const { email, password, note } of list) console.log(`    ${email} / ${password}${note ? `  (${note})` : ""}`)
  }
  console.log(`\n  Logs in ${path.join(dataDir, "logs")}`)
}

function portVariable(name) {
  return { "server-b": "RBV_SERVER_B_PORT", worker: "RBV_WORKER_PORT" }[name] ?? "PORT"
}

// Which process runs each instance, for an operator (or the cluster test) to find it.
const running = {}
function recordInstance(instance, child, logFile) {
  running[instance.name] = { pid: child.pid, port: instance.port, mode: instance.mode, log: logFile }
  writeState(dataDir, { ...readState(dataDir), instances: running })
}

// A worker that dies is started again (as a process supervisor would): the events it had not
// handled wait in Redis. A server that dies, or a worker that keeps dying (more than
// RBV_WORKER_RESTARTS times, 3 by default), stops everything.
const WORKER_RESTARTS = Number(env.RBV_WORKER_RESTARTS || 3)
let workerRestarts = 0

async function startInstance(instance, appDir, baseEnv) {
  const label = instance.name === "medusa" ? "Medusa" : `Medusa ${instance.name}`
  const logFile = mode === "dev" ? undefined : logPath(dataDir, instance.name)
  const env = {
    ...baseEnv,
    PORT: String(instance.port),
    ...(cluster ? { MEDUSA_WORKER_MODE: instance.mode } : {}),
    ...(instance.mode === "worker" ? { MEDUSA_DISABLE_ADMIN: "true" } : {}),
  }
  const onExit = (message) => {
    if (instance.mode !== "worker" || stopping || workerRestarts >= WORKER_RESTARTS) return shutdown(1, message)
    workerRestarts += 1
    console.error(`\n⚠ ${message}\n  Starting the worker again (${workerRestarts}/${WORKER_RESTARTS}).`)
    startInstance(instance, appDir, baseEnv).catch((err) => shutdown(1, err?.message ?? String(err)))
  }
  const child = serve(bin("medusa"), [mode === "dev" ? "develop" : "start"], { cwd: appDir, env, logFile, what: label, onExit })
  recordInstance(instance, child, logFile)
  await waitForHttp(`http://localhost:${instance.port}/health`, { timeoutMs: START_TIMEOUT_MS ?? 180_000, what: label, isAlive: () => child.exitCode === null && child.signalCode === null })
  return child
}

main().catch((err) => {
  const message = err instanceof StartupError ? err.message : `${err?.stack ?? err}`
  shutdown(1, message)
})
