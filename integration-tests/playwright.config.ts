import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import os from "node:os"
import { defineConfig, devices } from "@playwright/test"

// The browser journeys run against the real marketplace: production builds, a fresh demo
// district in a throwaway database, Medusa on 9100 and the storefront on 8100 (E2E_*_PORT to move them).
const MEDUSA_PORT = Number(process.env.E2E_MEDUSA_PORT || 9100)
const STOREFRONT_PORT = Number(process.env.E2E_STOREFRONT_PORT || 8100)
const dataDir = path.join(os.tmpdir(), `rbv-e2e-${process.pid}`)

// Debian's chromium-headless-shell (the same Chromium build without the browser's UI layer, which
// Playwright itself uses for headless runs) when installed: the journeys ran ~12% faster on it.
const HEADLESS_CHROMIUM = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((p) => fs.existsSync(p)) ?? "/usr/bin/chromium"

export const MEDUSA_URL = `http://localhost:${MEDUSA_PORT}`
// The storefront's revalidation secret for this run, shared by Medusa's subscribers and the
// tests that read which revalidations arrived (GET /api/revalidate). Fixed once per run: the
// config is loaded again in each worker.
process.env.RBV_E2E_REVALIDATE_SECRET ??= crypto.randomBytes(24).toString("hex")
export const REVALIDATE_SECRET = process.env.RBV_E2E_REVALIDATE_SECRET
// Stripe is the local fake (started below, before the marketplace reads its configuration).
export const STRIPE_E2E = {
  port: Number(process.env.E2E_STRIPE_PORT || 12111),
  secretKey: "sk_test_rbv_e2e",
  publishableKey: "pk_test_rbv_e2e",
  webhookSecret: "whsec_rbv_e2e",
}

export default defineConfig({
  testDir: "./e2e/journeys",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A focused journey left in by mistake would silently skip all the others.
  forbidOnly: true,
  globalSetup: "./e2e/wait-for-http.ts",
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${STOREFRONT_PORT}`,
    locale: "it-IT",
    timezoneId: "Europe/Rome",
    // Recording a trace of every journey (DOM snapshots and screencast at each step, thrown away when it
    // passes) took a quarter of the journeys' time; a failure keeps its screenshot, and
    // RBV_E2E_TRACE=retain-on-failure (or --trace) records traces when one is worth reading.
    trace: (process.env.RBV_E2E_TRACE as "retain-on-failure" | undefined) || "off",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || HEADLESS_CHROMIUM,
      args: ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: [
    {
      command: "node fake-stripe/serve.cjs",
      url: `http://127.0.0.1:${STRIPE_E2E.port}/v3/`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { FAKE_STRIPE_PORT: String(STRIPE_E2E.port) },
    },
    {
      command: `node ../backend/scripts/start.mjs --fresh${process.env.RBV_E2E_NO_BUILD ? " --no-build" : ""}`,
      url: `http://localhost:${STOREFRONT_PORT}`,
      timeout: 600_000,
      reuseExistingServer: false,
      // start.mjs stops Medusa, the storefront and PostgreSQL itself on SIGINT; a SIGKILL would orphan them.
      gracefulShutdown: { signal: "SIGINT", timeout: 30_000 },
      stdout: "pipe",
      stderr: "pipe",
      env: {
        RBV_DATA_DIR: dataDir,
        PORT: String(MEDUSA_PORT),
        STOREFRONT_PORT: String(STOREFRONT_PORT),
        RBV_PG_PORT: String(54500 + (process.pid % 400)),
        // Its database is thrown away after the run: no waiting for the disk at each commit.
        RBV_PG_NON_DURABLE: process.env.RBV_PG_NON_DURABLE ?? "1",
        STRIPE_API_KEY: STRIPE_E2E.secretKey,
        STRIPE_WEBHOOK_SECRET: STRIPE_E2E.webhookSecret,
        STRIPE_API_HOST: "127.0.0.1",
        STRIPE_API_PORT: String(STRIPE_E2E.port),
        STRIPE_API_PROTOCOL: "http",
        STRIPE_PUBLISHABLE_KEY: STRIPE_E2E.publishableKey,
        STRIPE_JS_URL: `http://127.0.0.1:${STRIPE_E2E.port}/v3/`,
        // Every journey signs in and registers from this one machine: room for a whole run.
        RBV_THROTTLE_TRIES: "50",
        STOREFRONT_REVALIDATE_SECRET: REVALIDATE_SECRET,
      },
    },
  ],
})
