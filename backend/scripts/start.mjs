#!/usr/bin/env node
// `npm start` / `npm run dev` / `npm run seed`: the whole marketplace from a fresh clone.
// Database (embedded PostgreSQL unless DATABASE_URL is set) → build → migrations → demo
// district → Medusa → storefront. Ctrl-C stops everything, database included.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { StartupError } from "./lib/errors.mjs"
import { assertPortFree } from "./lib/ports.mjs"
import { startPostgres } from "./lib/postgres.mjs"
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

const env = process.env
const dataDir = path.resolve(env.RBV_DATA_DIR || path.join(backendDir, ".data"))
const medusaPort = Number(env.PORT || 9000)
const storefrontPort = Number(env.STOREFRONT_PORT || 8000)
const pgPort = Number(env.RBV_PG_PORT || 54329)
const backendUrl = `http://localhost:${medusaPort}`
const storefrontUrl = `http://localhost:${storefrontPort}`

const started = Date.now()
let step = 0
const steps = [
  "database",
  ...(mode === "dev" ? ["plugins build"] : ["production build"]),
  "migrations",
  "demo district",
  ...(mode === "seed" ? [] : ["Medusa server"]),
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
let stopping = false
async function shutdown(code, message) {
  if (stopping) return
  stopping = true
  if (message) console.error(`\n✖ ${message}`)
  else console.log("\nStopping the marketplace…")
  await stopAll()
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

  if (mode !== "seed") await assertPortFree(medusaPort, "Medusa", "PORT")
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
    database = await startPostgres({ dataDir: path.join(dataDir, "postgres"), port: pgPort })
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
      const stamp = readBuildStamp(root)
      const covers = stamp === `all:${hash}` || (!withStorefront && stamp === `backend:${hash}`)
      if (covers && fs.existsSync(path.join(serverDir, "medusa-config.js"))) return "up to date"
      const only = withStorefront ? [] : ["--filter=@rbv/backend..."]
      await run(bin("turbo"), ["run", "build", ...only, "--output-logs=errors-only"], { cwd: root, env: { ...childEnv, NODE_ENV: "production" }, logFile: buildLog, what: "The build" })
      writeBuildStamp(root, `${withStorefront ? "all" : "backend"}:${hash}`)
      return "rebuilt"
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
    if (readState(dataDir).migrated === migrationKey) return "up to date"
    await run(bin("medusa"), ["db:migrate"], { cwd: appDir, env: childEnv, logFile: logPath(dataDir, "migrate"), what: "The migrations" })
    writeState(dataDir, { ...readState(dataDir), migrated: migrationKey })
  })

  await phase("Demo district", async () => {
    const current = readState(dataDir)
    if (current.seeded === migrationKey && current.publishableKey && mode !== "seed") return "already there"
    await run(bin("medusa"), ["exec", seedScript], { cwd: appDir, env: { ...childEnv, RBV_SEED_OUTPUT: path.join(dataDir, "seed-output.json") }, logFile: logPath(dataDir, "seed"), what: "The demo district seed" })
    const output = JSON.parse(fs.readFileSync(path.join(dataDir, "seed-output.json"), "utf8"))
    writeState(dataDir, { ...readState(dataDir), seeded: migrationKey, publishableKey: output.publishableKey, logins: output.logins })
  })

  if (mode === "seed") return shutdown(0)
  const { publishableKey, logins = {} } = readState(dataDir)

  let medusa
  await phase("Medusa server", async () => {
    const medusaLog = mode === "dev" ? undefined : logPath(dataDir, "medusa")
    medusa = serve(bin("medusa"), [mode === "dev" ? "develop" : "start"], { cwd: appDir, env: childEnv, logFile: medusaLog, what: "Medusa", onExit: (m) => shutdown(1, m) })
    await waitForHttp(`${backendUrl}/health`, { timeoutMs: 120_000, what: "Medusa", isAlive: () => medusa.exitCode === null })
  })

  if (withStorefront) {
    await phase("Storefront", async () => {
      const storefront = serve(bin("next", "storefront"), [mode === "dev" ? "dev" : "start", "-p", String(storefrontPort)], {
        cwd: path.join(root, "storefront"),
        env: { ...childEnv, MEDUSA_PUBLISHABLE_KEY: env.MEDUSA_PUBLISHABLE_KEY || publishableKey },
        logFile: mode === "dev" ? undefined : logPath(dataDir, "storefront"),
        what: "The storefront",
        onExit: (m) => shutdown(1, m),
      })
      await waitForHttp(storefrontUrl, { timeoutMs: 120_000, what: "The storefront", isAlive: () => storefront.exitCode === null })
    })
  }

  console.log(`\nReady in ${((Date.now() - started) / 1000).toFixed(1)} s. Press Ctrl-C to stop.\n`)
  if (withStorefront) console.log(`  Storefront      ${storefrontUrl}`)
  console.log(`  Medusa API      ${backendUrl}`)
  console.log(`  Medusa admin    ${backendUrl}/app`)
  console.log(`  E-mail          ${env.SMTP_URL ? `sent through SMTP_URL from ${env.MAIL_FROM}` : `kept in ${childEnv.RBV_MAIL_OUTBOX_DIR} (admin → Posta in uscita)`}`)
  console.log(`  Publishable key ${publishableKey}`)
  for (const [who, list] of Object.entries(logins)) {
    console.log(`\n  ${who}:`)
    for (const { email, password, note } of list) console.log(`    ${email} / ${password}${note ? `  (${note})` : ""}`)
  }
  console.log(`\n  Logs in ${path.join(dataDir, "logs")}`)
}

main().catch((err) => {
  const message = err instanceof StartupError ? err.message : `${err?.stack ?? err}`
  shutdown(1, message)
})
