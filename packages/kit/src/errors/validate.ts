import {
  validateAndTransformBody as medusaValidateBody,
  validateAndTransformQuery as medusaValidateQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { fieldIssues, invalidFields } from "./api-error"

type Schema = Parameters<typeof medusaValidateBody>[0]
type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown
type Parsable = { strict?: () => Parsable; safeParseAsync: (v: unknown) => Promise<{ success: boolean; error?: { issues: any[] } }> }

/**
 * Medusa's validation middleware, except that a refused request also says which fields were
 * wrong: Medusa keeps only an English sentence ("Invalid request: Field 'x' …"), so the error is
 * re-told with code `invalid_field`, `field` (the first issue's path) and `errors` (all of them).
 * The input is parsed a second time (strict, as Medusa does) only when it was refused; if that
 * parse passes, Medusa's own error goes on unchanged.
 */
function withFieldIssues(medusa: Middleware, schema: Schema, input: (req: MedusaRequest) => unknown): Middleware {
  return (req, res, next) =>
    medusa(req, res, async (err?: unknown) => {
      if (!err) return next()
      const resolved = (typeof schema === "function" ? (schema as any)(req.additionalDataValidator) : schema) as Parsable
      const strict = typeof resolved.strict === "function" ? resolved.strict() : resolved
      const parsed = await strict.safeParseAsync(input(req)).catch(() => null)
      if (!parsed || parsed.success || !parsed.error) return next(err)
      next(invalidFields((err as Error).message, fieldIssues(parsed.error.issues)))
    })
}

export function validateAndTransformBody(schema: Schema): Middleware {
  return withFieldIssues(medusaValidateBody(schema) as Middleware, schema, (req) => req.body)
}

export function validateAndTransformQuery(schema: Schema, config: Parameters<typeof medusaValidateQuery>[1]): Middleware {
  return withFieldIssues(medusaValidateQuery(schema as any, config) as Middleware, schema, (req) => req.query)
}
