import fs from "node:fs"

// Playwright's global setup, run after its web servers are up: when scripts/test.mjs started the
// journeys beside the HTTP specs, the browser waits for the specs to end (both compete for two cores).
export default async function waitForHttpSpecs() {
  const gate = process.env.RBV_E2E_AFTER
  if (!gate) return
  const end = Date.now() + 60 * 60_000
  while (!fs.existsSync(gate)) {
    if (Date.now() > end) throw new Error(`the HTTP specs did not end within an hour (no ${gate})`)
    await new Promise((r) => setTimeout(r, 1000))
  }
  console.log(`HTTP specs done (exit ${fs.readFileSync(gate, "utf8")}): the browser journeys start`)
}
