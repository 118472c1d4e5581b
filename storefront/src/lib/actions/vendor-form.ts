import "server-only"
import { getVendorToken, vendorAuthHeaders } from "../cookies"
import type { Translate } from "../i18n/translate"
import { sdk } from "../medusa"
import { toUserError } from "../util/errors"
import { type FormState } from "./form-state"
import { apiErrorState } from "./form-errors"

/**
 * An API refusal for a La mia bottega form: the message of its code, next to the field the API
 * names (`field`, a request path such as `variants.0.prices.0.amount`) when the form has it —
 * `fieldFor` maps the path to the form's field — at the top otherwise. A lost session says so.
 */
export function vendorApiErrorState(
  error: unknown,
  t: Translate,
  values: Record<string, string>,
  fieldFor: (path: string[]) => string | null = (path) => path[0] ?? null
): FormState {
  const userError = toUserError(error)
  if (userError.kind === "unauthorized") return { error: t("bottega.errors.session"), values }
  return apiErrorState(error, t, values, fieldFor)
}

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024

type Upload = { files: { id: string; url: string }[] }

/** Only a signed-in artisan's own calls reach the API; the API checks the shop is theirs. */
export async function callerHeaders(): Promise<{ authorization: string } | null> {
  if (!(await getVendorToken())) return null
  const headers = await vendorAuthHeaders()
  return "authorization" in headers && typeof headers.authorization === "string" ? { authorization: headers.authorization } : null
}

/** The chosen photo (or null when none was chosen), checked before it is sent. */
export function photoOf(formData: FormData, field: string): { file: File | null; error?: "validation.photo_type" | "validation.photo_size" } {
  const value = formData.get(field)
  if (!(value instanceof File) || value.size === 0) return { file: null }
  if (!value.type.startsWith("image/")) return { file: null, error: "validation.photo_type" }
  if (value.size > MAX_PHOTO_BYTES) return { file: null, error: "validation.photo_size" }
  return { file: value }
}

/** The message of a chosen photo refused before it is sent, under its field. */
export const photoCheck = (field: string) => (formData: FormData, t: Translate): Record<string, string> => {
  const { error } = photoOf(formData, field)
  return error ? { [field]: t(error) } : {}
}

/** Sends a photo to `POST /vendor/uploads` (multipart, field `files`) and returns its URL. */
export async function uploadPhoto(file: File, headers: { authorization: string }): Promise<string> {
  const body = new FormData()
  body.append("files", file, file.name || "foto")
  // No content-type of ours: fetch writes the multipart boundary itself.
  const { files } = await sdk.client.fetch<Upload>("/vendor/uploads", { method: "POST", body, headers: { ...headers, "content-type": null } })
  if (!files[0]?.url) throw new Error("upload returned no file")
  return files[0].url
}
