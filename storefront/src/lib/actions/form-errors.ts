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

/** A failed API call → form state, with the API's verdict (by status) at the top of the form. */
export function apiErrorState(error: unknown, t: Translate, values?: Record<string, string>): FormState {
  return { error: t(toUserError(error).messageKey), values }
}
