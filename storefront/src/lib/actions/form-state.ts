// Client components import this file: nothing here may pull the SDK into the browser
// (form-errors.ts holds the server-side helpers).

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

/** The named fields of a form as sent (null when missing), for a schema to read. */
export function formFields(formData: FormData, names: readonly string[]): Record<string, FormDataEntryValue | null> {
  return Object.fromEntries(names.map((name) => [name, formData.get(name)]))
}
