import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

const SKIP = new Set(["node_modules", ".medusa", ".next", ".turbo", "__tests__", ".data"])

function walk(dir, files) {
  if (!fs.existsSync(dir)) return
  const stat = fs.statSync(dir)
  if (stat.isFile()) return files.push(dir)
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, files)
    else files.push(full)
  }
}

/** A hash of every source the production builds are made from. */
export function sourcesHash(root) {
  const inputs = [
    "package-lock.json",
    "backend/src",
    "backend/medusa-config.ts",
    "backend/package.json",
    "storefront/src",
    "storefront/messages",
    "storefront/public",
    "storefront/next.config.ts",
    "storefront/loaders",
    "storefront/package.json",
  ]
  for (const plugin of fs.readdirSync(path.join(root, "plugins"))) {
    inputs.push(`plugins/${plugin}/src`, `plugins/${plugin}/package.json`)
  }
  // the shared packages the plugins are built with (@rbv/kit)
  for (const pkg of fs.existsSync(path.join(root, "packages")) ? fs.readdirSync(path.join(root, "packages")) : []) {
    inputs.push(`packages/${pkg}/src`, `packages/${pkg}/package.json`)
  }
  const files = []
  for (const input of inputs) walk(path.join(root, input), files)
  const hash = crypto.createHash("sha1")
  for (const file of files.sort()) {
    hash.update(path.relative(root, file))
    hash.update(fs.readFileSync(file))
  }
  return hash.digest("hex")
}

// Kept beside node_modules, not the data folder, so every data folder shares one build.
const stampFile = (root) => path.join(root, "node_modules", ".cache", "rbv", "build-stamp")

export function readBuildStamp(root) {
  try {
    return fs.readFileSync(stampFile(root), "utf8").trim()
  } catch {
    return null
  }
}

export function writeBuildStamp(root, hash) {
  fs.mkdirSync(path.dirname(stampFile(root)), { recursive: true })
  fs.writeFileSync(stampFile(root), hash)
}
