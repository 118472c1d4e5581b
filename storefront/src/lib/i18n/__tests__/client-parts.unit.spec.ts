import fs from "node:fs"
import path from "node:path"
import { IT_MESSAGES } from "../catalog"
import { CLIENT_PARTS, messagesFor, type ClientPart } from "../client-parts"
import { mergeMessages } from "../merge-messages"

const SRC = path.resolve(__dirname, "../../..")
const NAMESPACES = Object.keys(IT_MESSAGES)
// The folders whose client components render on every page (header, error pages): the shell's.
const SHELL_FOLDERS = new Set(["app", "common", "layout", "visitor"])

function clientComponents(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : clientComponents(file)
    return /\.tsx?$/.test(entry.name) && /^["']use client["']/m.test(fs.readFileSync(file, "utf8")) ? [file] : []
  })
}

/** The part a client component belongs to: its folder under src/modules (src/app: the shell). */
function partOf(file: string): ClientPart {
  const [top, folder] = path.relative(SRC, file).split(path.sep)
  const name = top === "app" || SHELL_FOLDERS.has(folder) ? "shell" : folder
  if (!(name in CLIENT_PARTS)) throw new Error(`${file}: no entry for "${name}" in CLIENT_PARTS`)
  return name as ClientPart
}

const isServerAction = (file: string) => /^["']use server["']/m.test(fs.readFileSync(file, "utf8"))

/**
 * Every message key (or key prefix, for a key built from a template) a file names — client
 * components only use literal keys — but `validation.*`: zod rules name those keys, and
 * zodFieldErrors translates them on the server.
 */
function keysIn(file: string): string[] {
  const text = fs.readFileSync(file, "utf8")
  const pattern = new RegExp(`["'\`]((?:${NAMESPACES.filter((ns) => ns !== "validation").join("|")})\\.[a-z_.]+)`, "g")
  return [...text.matchAll(pattern)].map((m) => m[1])
}

/** The source files a file imports (values, not types): they run in the browser with it. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8")
  return [...text.matchAll(/^import (?!type )[^"']*["']([^"']+)["']/gm)].flatMap(([, spec]) => {
    const base = spec.startsWith("@/") ? path.join(SRC, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(file), spec) : null
    const found = base && [".tsx", ".ts", "/index.ts"].map((ext) => base + ext).find((f) => fs.existsSync(f))
    return found ? [found] : []
  })
}

/**
 * The keys a client component reads: its own and those of everything it imports, but for server
 * actions (the browser gets only a reference to them).
 */
function keysUsed(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file) || isServerAction(file)) return []
  seen.add(file)
  return [...new Set([...keysIn(file), ...importsOf(file).flatMap((f) => keysUsed(f, seen))])].sort()
}

const sends = (entries: readonly string[], key: string) => entries.some((entry) => key === entry || key.startsWith(`${entry}.`))

describe("client messages (client-parts.ts)", () => {
  const files = clientComponents(path.join(SRC, "app")).concat(clientComponents(path.join(SRC, "modules")))

  it("finds the client components that translate", () => {
    expect(files.filter((f) => keysUsed(f).length > 0).length).toBeGreaterThan(30)
  })

  it("sends each client component every message it reads: its part's or the shell's", () => {
    for (const file of files) {
      const sent = [...CLIENT_PARTS.shell, ...CLIENT_PARTS[partOf(file)]]
      const missing = keysUsed(file).filter((key) => !sends(sent, key))
      expect({ file: path.relative(SRC, file), missing }).toEqual({ file: path.relative(SRC, file), missing: [] })
    }
  })

  it("sends only the part's messages, a small share of the whole catalogue", () => {
    // The product page's prices and breakdowns are rendered on the server: the picker needs no charter copy.
    expect(Object.keys(messagesFor(IT_MESSAGES, "products"))).toEqual(["product"])
    const checkout = messagesFor(IT_MESSAGES, "checkout")
    expect(Object.keys(checkout.charter ?? {}).sort()).toEqual(["breakdown", "roundup"])
    expect(checkout.charter?.breakdown).toEqual(IT_MESSAGES.charter.breakdown)
    expect(JSON.stringify(messagesFor(IT_MESSAGES, "shell")).length).toBeLessThan(JSON.stringify(IT_MESSAGES).length / 10)
  })

  it("merges two parts' groups of one namespace", () => {
    const both = mergeMessages(messagesFor(IT_MESSAGES, "bottega"), messagesFor(IT_MESSAGES, "checkout")) as typeof IT_MESSAGES
    expect(Object.keys(both.charter).sort()).toEqual(["bottega", "breakdown", "roundup"])
    expect(both.checkout).toEqual(IT_MESSAGES.checkout)
  })
})
