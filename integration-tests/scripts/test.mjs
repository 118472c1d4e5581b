#!/usr/bin/env node
// `npm test` of the integration tests: the HTTP specs and the browser journeys at once. Each HTTP
// worker is one request at a time through its in-process Medusa and PostgreSQL, so two of them keep
// only ~1.3 of two cores busy (measured); the journeys' marketplace and browser use the rest.
// Both always run; the exit code is the first failure's.
import { spawn } from "node:child_process"

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
const [http, browser] = await Promise.all([run(["test:http"]), run(["test:e2e"], { RBV_E2E_NO_BUILD: "1" })])
process.exit(http || browser)
