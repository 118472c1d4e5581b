import { validateAndTransformBody as medusaValidateBody, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { fieldIssues, invalidFields } from "./api-error"

type Schema = Parameters<typeof medusaValidateBody>[0]
type Parsable = { strict?: () => Parsable; safeParseAsync: (v: unknown) => Promise<{ success: boolean; error?: { issues: any[] } }> }

/**
 * Medusa's `validateAndTransformBody`, except that a refused body also says which fields were
 * wrong: Medusa keeps only an English sentence ("Invalid request: Field 'x' …"), so the error is
 * re-told with code `invalid_field`, `field` (first issue's path) and `errors` (all of them).
 * The body is parsed a second time only when it was refused.
 */
export function validateAndTransformBody(schema: Schema) {
  const medusa = medusaValidateBody(schema)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    medusa(req, res, async (err?: unknown) => {
      if (!err) return next()
      const resolved = (typeof schema === "function" ? (schema as any)(req.additionalDataValidator) : schema) as Parsable
      const strict = typeof resolved.strict === "function" ? resolved.strict() : resolved
      const parsed = await strict.safeParseAsync(req.body).catch(() => null)
      if (!parsed || parsed.success || !parsed.error) return next(err)
      next(invalidFields((err as Error).message, fieldIssues(parsed.error.issues)))
    })
}
