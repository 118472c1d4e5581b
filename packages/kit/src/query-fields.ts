import type { NextFunction, Request, Response } from "express"

type FieldsRequest = Request & { queryConfig?: { fields?: string[] }; allowed?: string[] }

/** The fields a core route's query asks for: the validated config, or the raw `fields` before validation. */
export function requestedFields(req: FieldsRequest): string[] {
  if (req.queryConfig?.fields) return req.queryConfig.fields
  return typeof req.query.fields === "string" ? req.query.fields.split(",").map((f) => f.trim().replace(/^[+*-]/, "")) : []
}

/**
 * A middleware that makes a core store route's Query also read `fields` (module links included),
 * so what a plugin adds to a product reaches the response in the same query. Plugin middlewares
 * on a core route run after the core validated the query: the fields join the computed config;
 * should the order ever flip, they are allowed and requested up front instead.
 * `fieldsFor` may look at what the caller asked for (e.g. add variant fields only with variants).
 */
export function withQueryFields(fieldsFor: (requested: string[]) => string[]) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const r = req as FieldsRequest
    const fields = fieldsFor(requestedFields(r))
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
