// Before the HTTP specs: build the district template once (templates/district.template.ts) in a
// jest run of its own, and hand its folder to every worker through the environment.
const { spawnSync } = require("node:child_process")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")

module.exports = async function globalSetup() {
  if (process.env.RBV_DISTRICT_TEMPLATE_DIR) return
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rbv-district-template-"))
  const started = Date.now()
  const result = spawnSync(
    process.execPath,
    [require.resolve("jest/bin/jest"), "--runInBand", "--forceExit", "--silent", "--testMatch", "<rootDir>/templates/district.template.ts"],
    { cwd: path.resolve(__dirname, ".."), env: { ...process.env, RBV_DISTRICT_TEMPLATE_DIR: dir }, stdio: ["ignore", "pipe", "inherit"] }
  )
  if (result.status !== 0) {
    process.stdout.write(result.stdout)
    throw new Error("Building the district template failed (see above)")
  }
  process.env.RBV_DISTRICT_TEMPLATE_DIR = dir
  process.env.RBV_DISTRICT_TEMPLATE_OWNED = "1"
  console.log(`\ndistrict template ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
