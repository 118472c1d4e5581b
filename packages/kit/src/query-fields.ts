import type { NextFunction, Request, Response } from "express"

type FieldsRequest = Request & { queryConfig?: { fields?: string[] }; allowed?: string[] }

const bare = (field: string) => field.trim().replace(/^[+*-]/, "").replace(/\.\*$/, "")

/** What the caller wrote in `?fields=`, prefixes kept (Medusa drops the fields it does not allow). */
function writtenFields(req: Request): string[] {
  return typeof req.query.fields === "string" ? req.query.fields.split(",").map((f) => f.trim()).filter(Boolean) : []
}

/** The fields a core route's query asks for: the validated config, or the raw `fields` before validation. */
export function requestedFields(req: FieldsRequest): string[] {
  return req.queryConfig?.fields ?? writtenFields(req).map(bare)
}

/** The relation a field belongs to: `brand` for `brand.certified`, `variants.price_breakdown` for its `price`. */
const relationOf = (field: string) => field.slice(0, field.lastIndexOf(".")) || field

/**
 * Of the plugin's `fields`, those the caller named itself (a field, or its whole relation as
 * `brand`, `*brand` or `brand.*`), all of them when it named none, less those it excluded as
 * Medusa's `fields` do (`-brand`). So every response carries them by default, and a caller that
 * needs less (a product card) asks for exactly that. Fields in `onlyNamed` are never a default:
 * a caller gets them by naming them (or their whole relation).
 */
export function fieldsNamedOrAll(fields: string[], written: string[], onlyNamed: string[] = []): string[] {
  const relations = new Set(fields.map(relationOf))
  const within = (field: string, name: string) => field === name || field.startsWith(`${name}.`)
  const excluded = written.filter((w) => w.startsWith("-")).map(bare)
  const asked = written.filter((w) => !w.startsWith("-")).map(bare).filter((n) => [...relations].some((r) => within(n, r)))
  const chosen = asked.length ? fields.filter((f) => asked.some((a) => within(f, a))) : fields.filter((f) => !onlyNamed.includes(f))
  return chosen.filter((f) => !excluded.some((e) => within(f, e)))
}

/**
 * A middleware that makes a core store route's Query also read `fields` (module links included),
 * so what a plugin adds to a product reaches the response in the same query. Plugin middlewares
 * on a core route run after the core validated the query: the fields join the computed config;
 * should the order ever flip, they are allowed and requested up front instead.
 * `fieldsFor` may look at what the caller asked for (e.g. add variant fields only with variants).
 * A caller that names some of these fields in `?fields=` gets only those (fieldsNamedOrAll):
 * each field read costs a query and its rows on every request. `onlyNamed`: fields of the list
 * that only a caller naming them gets.
 */
export function withQueryFields(fieldsFor: (requested: string[]) => string[], onlyNamed: string[] = []) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const r = req as FieldsRequest
    const fields = fieldsNamedOrAll(fieldsFor(requestedFields(r)), writtenFields(req), onlyNamed)
    if (r.queryConfig?.fields) {
      for (const field of fields) if (!r.queryConfig.fields.includes(field)) r.queryConfig.fields.push(field)
    } else if (fields.length) {
      r.allowed ??= []
      for (const field of fields) r.allowed.push(field.split(".")[0], `${field.split(".")[0]}.*`)
      const asked = typeof req.query.fields === "string" ? req.query.fields : ""
      const extra = fields.map((f) => `+${f}`).join(",")
      req.query.fields = asked ? `${asked},${extra}` : extra
    }
    next()
  }
}
