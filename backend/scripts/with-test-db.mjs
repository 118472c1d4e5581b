#!/usr/bin/env node
// Runs a command (the HTTP test suite) against a throwaway embedded PostgreSQL:
// `node with-test-db.mjs jest --runInBand`. @medusajs/test-utils creates a database per
// test file on it; DB_HOST must be the literal "localhost" (127.0.0.1 turns SSL on and hangs).
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { StartupError } from "./lib/errors.mjs"
import { findFreePort } from "./lib/ports.mjs"
import { startPostgres } from "./lib/postgres.mjs"

const [cmd, ...args] = process.argv.slice(2)
if (!cmd) {
  console.error("usage: with-test-db.mjs <command> [args…]")
  process.exit(2)
}

const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NODE_ENV: "test" }
let database
let dataDir

async function main() {
  if (env.DATABASE_URL || env.DB_PORT) return runCommand()
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rbv-test-pg-"))
  // Several suites may start at once on one machine: spread their first try over the range.
  const port = await findFreePort(55432 + (process.pid % 150))
  database = await startPostgres({ dataDir: path.join(dataDir, "pg"), port, durable: false })
  // RBV_TEST_DB_THROWAWAY: this server is ours alone, so the suite may change its template1.
  Object.assign(env, { DB_HOST: "localhost", DB_PORT: String(port), DB_USERNAME: database.user, DB_PASSWORD: database.password, RBV_TEST_DB_THROWAWAY: "1" })
  return runCommand()
}

function runCommand() {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: "inherit" })
    const forward = (signal) => child.kill(signal)
    process.on("SIGINT", forward)
    process.on("SIGTERM", forward)
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

async function cleanup() {
  if (database) await database.stop().catch(() => {})
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
}

main()
  .then(async (code) => {
    await cleanup()
    process.exit(code)
  })
  .catch(async (err) => {
    console.error(err instanceof StartupError ? err.message : err)
    await cleanup()
    process.exit(1)
  })
