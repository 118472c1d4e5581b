import { FetchError } from "@medusajs/js-sdk"
import { IT_MESSAGES } from "../i18n/catalog"
import type { MessageKey } from "../i18n/translate"

export type UserErrorKind = "invalid" | "unauthorized" | "not_found" | "conflict" | "rate_limited" | "unavailable" | "unknown"

export type UserError = {
  kind: UserErrorKind
  /** HTTP status when the API answered, undefined for network failures. */
  status?: number
  /** Message key to show the visitor (translate with `t()`): the refusal's own when its code is known. */
  messageKey: MessageKey
  /** The API's stable code for the refusal (`round_full`, `invalid_field`…), when it gave one. */
  code?: string
  /** The request field the refusal is about, as a path (`prices.0.amount`), when there is one. */
  field?: string
}

type ApiErrorLike = { status?: unknown; code?: unknown; field?: unknown }

function statusOf(error: unknown): number | undefined {
  if (error instanceof FetchError) return error.status
  // A FetchError from another copy of the SDK (e.g. across bundles) still carries its status.
  if (error && typeof error === "object" && "status" in error && typeof error.status === "number") {
    return error.status
  }
  return undefined
}

const CODES = IT_MESSAGES.refusals

/** The message of a refusal code the storefront knows, or null (then the status decides). */
export function codeMessageKey(code: string | undefined): MessageKey | null {
  return code && Object.prototype.hasOwnProperty.call(CODES, code) ? (`refusals.${code}` as MessageKey) : null
}

function statusMessage(status: number): Pick<UserError, "kind" | "messageKey"> {
  if (status === 400 || status === 422) return { kind: "invalid", messageKey: "errors.invalid" }
  if (status === 401 || status === 403) return { kind: "unauthorized", messageKey: "errors.unauthorized" }
  if (status === 404) return { kind: "not_found", messageKey: "errors.not_found" }
  if (status === 409) return { kind: "conflict", messageKey: "errors.conflict" }
  if (status === 429) return { kind: "rate_limited", messageKey: "errors.rate_limited" }
  if (status >= 500) return { kind: "unavailable", messageKey: "errors.unavailable" }
  return { kind: "unknown", messageKey: "errors.unknown" }
}

/**
 * Maps anything thrown by a Medusa call to what the visitor should read: by the API's error
 * `code` when the catalogue has a message for it, by HTTP status otherwise (so an unknown code
 * still reads as a generic message in the visitor's language) — never by the message text,
 * which is the API's English. No status at all (fetch rejected: refused connection, DNS,
 * timeout) means the shop is down.
 */
export function toUserError(error: unknown): UserError {
  const status = statusOf(error)
  if (status === undefined) {
    return { kind: "unavailable", messageKey: "errors.unavailable" }
  }
  const { kind, messageKey } = statusMessage(status)
  const { code, field } = (error ?? {}) as ApiErrorLike
  const coded = status < 500 && typeof code === "string" ? code : undefined
  return {
    kind,
    status,
    messageKey: codeMessageKey(coded) ?? messageKey,
    ...(coded ? { code: coded } : {}),
    ...(coded && typeof field === "string" && field ? { field } : {}),
  }
}

export function isNotFound(error: unknown): boolean {
  return statusOf(error) === 404
}

/** What `read` answers, or null where the API says 404 (it does not exist, or it is not the caller's). */
export async function nullIfNotFound<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read()
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}
