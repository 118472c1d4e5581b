#!/usr/bin/env node
// `npm test` of the integration tests: the HTTP specs, then the browser journeys. The journeys'
// marketplace (PostgreSQL, migrations, a fresh demo district, Medusa and the storefront: minutes of
// mostly waiting) starts at once, beside the HTTP specs; its journeys begin when the specs are done
// (e2e/wait-for-http.ts). Both always run; the exit code is the first failure's.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"

const gate = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rbv-test-")), "http-done")
const run = (args, env = {}) =>
  new Promise((resolve) => {
    const child = spawn("npm", ["run", ...args], { stdio: "inherit", env: { ...process.env, ...env } })
    const forward = (signal) => child.kill(signal)
    process.on("SIGINT", forward)
    process.on("SIGTERM", forward)
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })

// The build is the one turbo made before this task (integration-tests' test depends on ^build):
// the journeys' start must not rebuild it while the HTTP specs load it.
const e2e = run(["test:e2e"], { RBV_E2E_AFTER: gate, RBV_E2E_NO_BUILD: "1" })
const http = await run(["test:http"])
fs.writeFileSync(gate, String(http))
const browser = await e2e
fs.rmSync(path.dirname(gate), { recursive: true, force: true })
process.exit(http || browser)
