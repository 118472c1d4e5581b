import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

// The local marketplace gets its own random secrets once, kept beside its data, so the
// production build never runs with the well-known development defaults.
export function localSecrets(dataDir) {
  const file = path.join(dataDir, "secrets.json")
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8"))
  const secrets = {
    JWT_SECRET: crypto.randomBytes(32).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
  }
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
