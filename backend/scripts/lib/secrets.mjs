import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

const random = () => crypto.randomBytes(32).toString("hex")

// The local marketplace gets its own random secrets once, kept beside its data, so the
// production build never runs with the well-known development defaults. A secret added
// later (the storefront's revalidation secret) joins an existing file.
export function localSecrets(dataDir) {
  const file = path.join(dataDir, "secrets.json")
  const kept = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {}
  const secrets = {
    JWT_SECRET: kept.JWT_SECRET ?? random(),
    COOKIE_SECRET: kept.COOKIE_SECRET ?? random(),
    STOREFRONT_REVALIDATE_SECRET: kept.STOREFRONT_REVALIDATE_SECRET ?? random(),
  }
  if (Object.keys(secrets).some((k) => kept[k] !== secrets[k])) {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  }
  return secrets
}
