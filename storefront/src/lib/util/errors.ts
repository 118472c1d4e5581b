import { FetchError } from "@medusajs/js-sdk"
import type { MessageKey } from "../i18n/translate"

export type UserErrorKind = "invalid" | "unauthorized" | "not_found" | "conflict" | "rate_limited" | "unavailable" | "unknown"

export type UserError = {
  kind: UserErrorKind
  /** HTTP status when the API answered, undefined for network failures. */
  status?: number
  /** Message key to show the visitor (translate with `t()`). */
  messageKey: MessageKey
}

function statusOf(error: unknown): number | undefined {
  if (error instanceof FetchError) return error.status
  // A FetchError from another copy of the SDK (e.g. across bundles) still carries its status.
  if (error && typeof error === "object" && "status" in error && typeof error.status === "number") {
    return error.status
  }
  return undefined
}

/**
 * Maps anything thrown by a Medusa call to what the visitor should read. Decided by HTTP
 * status only — never by the message text, which is the API's English and may change.
 * No status at all (fetch rejected: refused connection, DNS, timeout) means the shop is down.
 */
export function toUserError(error: unknown): UserError {
  const status = statusOf(error)
  if (status === undefined) {
    return { kind: "unavailable", messageKey: "errors.unavailable" }
  }
  if (status === 400 || status === 422) return { kind: "invalid", status, messageKey: "errors.invalid" }
  if (status === 401 || status === 403) return { kind: "unauthorized", status, messageKey: "errors.unauthorized" }
  if (status === 404) return { kind: "not_found", status, messageKey: "errors.not_found" }
  if (status === 409) return { kind: "conflict", status, messageKey: "errors.conflict" }
  if (status === 429) return { kind: "rate_limited", status, messageKey: "errors.rate_limited" }
  if (status >= 500) return { kind: "unavailable", status, messageKey: "errors.unavailable" }
  return { kind: "unknown", status, messageKey: "errors.unknown" }
}

export function isNotFound(error: unknown): boolean {
  return statusOf(error) === 404
}
