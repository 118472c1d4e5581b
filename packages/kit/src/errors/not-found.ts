/**
 * Medusa's own "not found" errors, thrown from inside a workflow (a core step's Query with
 * `throwIfKeyNotFound`, a module service's `retrieve…`), reach our handler without a code of ours.
 * Their texts are Medusa's two fixed formats, so the handler can still say what was not found
 * (`cart_not_found`) and which request field named it (the one holding that id):
 * - Query:   `cart id not found: cart_01…`
 * - service: `LineItem with id: item_01… was not found`
 */
const FORMATS = [/^(\w+) \w+ not found: ([^,\s]+)/, /^(\w+) with [\w, ]+: ([^,\s]+).* was not found$/]

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase()

export function notFoundOf(message: string): { code: string; id: string } | null {
  for (const format of FORMATS) {
    const match = format.exec(message)
    if (match) return { code: `${snake(match[1])}_not_found`, id: match[2] }
  }
  return null
}

type RequestLike = { params?: unknown; body?: unknown; query?: unknown; validatedBody?: unknown; validatedQuery?: unknown }

/** The request field (path parameter, body or query field, one level of nesting) whose value is `id`. */
export function fieldHolding(req: RequestLike | undefined, id: string): string | undefined {
  if (!req) return undefined
  for (const source of [req.params, req.validatedBody, req.body, req.validatedQuery, req.query]) {
    if (!source || typeof source !== "object") continue
    for (const [key, value] of Object.entries(source)) {
      if (value === id || (Array.isArray(value) && value.includes(id))) return key
      if (value && typeof value === "object" && !Array.isArray(value)) {
        const inner = Object.entries(value).find(([, v]) => v === id)
        if (inner) return `${key}.${inner[0]}`
      }
    }
  }
  return undefined
}
