import type { ZodError } from "zod"
import type { MessageKey, Translate } from "../i18n/translate"
import { toUserError } from "../util/errors"

/** What every form action returns: nothing on success (or a redirect), or what went wrong. */
export type FormState = {
  ok?: boolean
  /** A message for the whole form (shown at its top, announced with role="alert"). */
  error?: string
  /** Messages for single fields, keyed by the field's `name`. */
  fieldErrors?: Record<string, string>
  /** The submitted values, to refill the form after an error. */
  values?: Record<string, string>
  /** A success message (role="status"). */
  message?: string
  /** Anything else the form shows after success (e.g. an invite link). */
  data?: Record<string, string>
}

export const INITIAL_FORM_STATE: FormState = {}

/** The form's text values as a plain object (files and repeated keys ignored). */
export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !omit.includes(key)) values[key] = value
  }
  return values
}

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
