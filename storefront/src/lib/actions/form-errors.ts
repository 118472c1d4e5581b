import type { ZodError } from "zod"
import type { MessageKey, Translate } from "../i18n/translate"
import { toUserError } from "../util/errors"
import type { FormState } from "./form-state"

/**
 * zod issues → translated messages per field. Schemas put a `validation.*` message key as the
 * issue message, so the visitor reads Italian or English, never zod's English.
 */
export function zodFieldErrors(error: ZodError, t: Translate): Record<string, string> {
  const fieldErrors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form")
    if (fieldErrors[field]) continue
    const key = issue.message.startsWith("validation.") ? (issue.message as MessageKey) : "validation.invalid"
    fieldErrors[field] = t(key)
  }
  return fieldErrors
}

/**
 * A failed API call → form state: the message of the API's refusal code (by status when the code
 * is unknown), next to the form field the refusal names when `fieldFor` maps its path to one of
 * the form's fields, at the top of the form otherwise.
 */
export function apiErrorState(
  error: unknown,
  t: Translate,
  values?: Record<string, string>,
  fieldFor?: (path: string[]) => string | null
): FormState {
  const { messageKey, field } = toUserError(error)
  const formField = field && fieldFor ? fieldFor(field.split(".")) : null
  if (formField) return { fieldErrors: { [formField]: t(messageKey) }, values }
  return { error: t(messageKey), values }
}
