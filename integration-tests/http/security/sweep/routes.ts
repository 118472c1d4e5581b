// Every custom route of the plugins, read from the file system so that the sweep cannot go stale:
// a new route.ts (or a new method in one) has no entry in the table until someone writes it.
import fs from "node:fs"
import path from "node:path"

const PLUGINS = path.resolve(__dirname, "../../../../plugins")
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const
export type Method = (typeof METHODS)[number]
export type Route = { key: string; method: Method; path: string; params: string[]; file: string }

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return routeFiles(full)
    return entry.name === "route.ts" ? [full] : []
  })
}

export function discoverRoutes(): Route[] {
  const routes: Route[] = []
  for (const plugin of fs.readdirSync(PLUGINS)) {
    const api = path.join(PLUGINS, plugin, "src/api")
    if (!fs.existsSync(api)) continue
    for (const file of routeFiles(api)) {
      const segments = path.relative(api, path.dirname(file)).split(path.sep)
      const params = segments.filter((s) => s.startsWith("[")).map((s) => s.slice(1, -1))
      const urlPath = "/" + segments.map((s) => (s.startsWith("[") ? `:${s.slice(1, -1)}` : s)).join("/")
      const source = fs.readFileSync(file, "utf8")
      // `export const GET = …`, `export async function GET`, and handlers made by a factory: `export const { GET, POST } = …`.
      const destructured = [...source.matchAll(/^export const \{([^}]*)\}/gm)].flatMap((m) => m[1].split(",").map((name) => name.trim()))
      for (const method of METHODS) {
        if (destructured.includes(method) || new RegExp(`^export (const|async function|function) ${method}\\b`, "m").test(source)) {
          routes.push({ key: `${method} ${urlPath}`, method, path: urlPath, params, file: path.relative(PLUGINS, file) })
        }
      }
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key))
}
