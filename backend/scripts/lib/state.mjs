import fs from "node:fs"
import path from "node:path"

// What earlier starts already did (migrated builds, seeded district, publishable key).
export function readState(dataDir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, "state.json"), "utf8"))
  } catch {
    return {}
  }
}

export function writeState(dataDir, state) {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, "state.json")
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(state, null, 2))
  fs.renameSync(`${file}.tmp`, file)
}
