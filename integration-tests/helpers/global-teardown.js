// The district template's folder (seed answer and drawings) goes with the throwaway database.
const fs = require("node:fs")

module.exports = async function globalTeardown() {
  const dir = process.env.RBV_DISTRICT_TEMPLATE_DIR
  if (dir && process.env.RBV_DISTRICT_TEMPLATE_OWNED === "1") fs.rmSync(dir, { recursive: true, force: true })
}
