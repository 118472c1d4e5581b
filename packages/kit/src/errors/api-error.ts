import { getHttpResponseFromError } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fieldHolding, notFoundOf } from "./not-found"

/** One issue of a request that did not validate. */
export type FieldIssue = { code: string; field: string; message: string }

/** Every 4xx of our routes: `code` is stable, `field` names the request field when there is one. */
export type ApiErrorBody = { type: string; code: string; message: string; field?: string; errors?: FieldIssue[] }

type ZodLikeIssue = { code: string; path: PropertyKey[]; message: string; keys?: string[] }

export const INVALID_FIELD = "invalid_field"

function zodIssuesOf(err: unknown): ZodLikeIssue[] | null {
  const issues = err && typeof err === "object" && "issues" in err ? (err as { issues: unknown }).issues : null
  return Array.isArray(issues) ? (issues as ZodLikeIssue[]) : null
}

/** zod issues → our issues, with the dotted request path of each field (an unknown key is its own field). */
export function fieldIssues(issues: ZodLikeIssue[]): FieldIssue[] {
  return issues.map((issue) => {
    const path = issue.code === "unrecognized_keys" && issue.keys?.length ? [...issue.path, issue.keys[0]] : issue.path
    return { code: issue.code, field: path.map(String).join("."), message: issue.message }
  })
}

/** An error that says which fields of the request were wrong (see `validateAndTransformBody`). */
export function invalidFields(message: string, issues: FieldIssue[]): MedusaError & { field?: string; errors: FieldIssue[] } {
  return Object.assign(new MedusaError(MedusaError.Types.INVALID_DATA, message, INVALID_FIELD), {
    field: issues[0]?.field || undefined,
    errors: issues,
  })
}

/**
 * Status and body for an error, as Medusa's handler decides them, plus our `code`, `field` and
 * `errors` on every 4xx. A 4xx without a code of its own gets its type as code (`not_found`,
 * `not_allowed`…) so clients can always switch on `code`, but for Medusa's own "not found" from
 * inside a workflow, which is named after what was missing and the request field that named it
 * (see not-found.ts). A zod error thrown by hand (Medusa would answer 500) is the client's invalid
 * input: 400 `invalid_field`.
 */
export function apiErrorResponse(err: unknown, req?: Parameters<typeof fieldHolding>[0]): { statusCode: number; body: ApiErrorBody } {
  const issues = zodIssuesOf(err)
  const error = issues ? invalidFields(issues.map((i) => i.message).join("; "), fieldIssues(issues)) : err
  const { statusCode, body } = getHttpResponseFromError(error) as { statusCode: number; body: Partial<ApiErrorBody> }
  const type = body.type ?? "unknown_error"
  if (statusCode >= 500) return { statusCode, body: { type, code: body.code ?? type, message: body.message ?? "" } }
  const extra = (error && typeof error === "object" ? error : {}) as { code?: unknown; field?: unknown; errors?: unknown }
  // Medusa replaces a duplicate's code with `invalid_request_error`: the refusal's own code wins.
  const ownCode = MedusaError.isMedusaError(extra as Error) && typeof extra.code === "string" ? extra.code : undefined
  const missing = !ownCode && !body.code && statusCode === 404 ? notFoundOf(body.message ?? "") : null
  const field = typeof extra.field === "string" && extra.field ? extra.field : missing ? fieldHolding(req, missing.id) : undefined
  return {
    statusCode,
    body: {
      type,
      code: ownCode || body.code || missing?.code || type,
      message: body.message ?? "",
      ...(field ? { field } : {}),
      ...(Array.isArray(extra.errors) ? { errors: extra.errors as FieldIssue[] } : {}),
    },
  }
}
