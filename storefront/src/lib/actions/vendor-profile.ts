"use server"

import { refresh } from "next/cache"
import { catalogueChanged } from "./catalogue-changed"
import { z } from "zod"
import { getT } from "../i18n/server"
import { sdk } from "../medusa"
import { formValues, type FormState } from "./form-state"
import { zodFieldErrors } from "./form-errors"
import { email, postalCode } from "./schemas"
import { callerHeaders, photoOf, uploadPhoto, vendorApiErrorState } from "./vendor-form"

/** Empty → null (clears the field); otherwise trimmed text. */
const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.too_long")
    .optional()
    .transform((v) => v || null)

const coordinate = (min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replace(",", ".") : null))
    .pipe(z.union([z.null(), z.coerce.number({ message: "validation.coordinate" }).min(min, "validation.coordinate").max(max, "validation.coordinate")]))

const day = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || null)
  .pipe(z.union([z.null(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date")]))

const profileSchema = z
  .object({
    name: z.string().trim().min(2, "validation.required").max(120, "validation.too_long"),
    story: nullableText(4000),
    story_en: nullableText(4000),
    phone: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || null)
      .pipe(z.union([z.null(), z.string().regex(/^\+?[0-9 ]{6,20}$/, "validation.phone")])),
    address_1: z.string().trim().min(3, "validation.required").max(200, "validation.too_long"),
    postal_code: postalCode,
    lat: coordinate(-90, 90),
    lng: coordinate(-180, 180),
    closure_from: day,
    closure_to: day,
    closure_note: nullableText(500),
  })
  .superRefine((value, ctx) => {
    if (value.closure_from && value.closure_to && value.closure_to < value.closure_from) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["closure_to"], message: "validation.closure_order" })
    }
    if (value.closure_from && !value.closure_to) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["closure_to"], message: "validation.closure_end" })
    }
  })

const PROFILE_FIELDS = ["name", "story", "story_en", "phone", "address_1", "postal_code", "lat", "lng", "closure_from", "closure_to", "closure_note"] as const

export async function updateVendorProfile(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const headers = await callerHeaders()
  if (!headers) return { error: t("bottega.errors.session"), values }
  const parsed = profileSchema.safeParse(Object.fromEntries(PROFILE_FIELDS.map((f) => [f, formData.get(f) ?? undefined])))
  const fieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error, t)
  const logo = photoOf(formData, "logo")
  if (logo.error) fieldErrors.logo = t(logo.error)
  if (!parsed.success || Object.keys(fieldErrors).length) return { fieldErrors, values }

  const body: Record<string, unknown> = { ...parsed.data }
  try {
    if (logo.file) body.logo_url = await uploadPhoto(logo.file, headers)
    if (formData.get("remove_logo") === "on" && !logo.file) body.logo_url = null
    await sdk.client.fetch("/vendor/me", { method: "POST", body, headers })
  } catch (error) {
    return vendorApiErrorState(error, t, values, (path) => {
      if (path[0] === "logo_url" || path[0] === "files") return "logo"
      return (PROFILE_FIELDS as readonly string[]).includes(path[0]) ? path[0] : null
    })
  }
  catalogueChanged.vendor()
  refresh()
  return { message: t("bottega.profile.saved") }
}

const inviteSchema = z.object({ email, role: z.enum(["owner", "member"], { message: "validation.invalid" }) })

/** Owners invite a second member; with no mail server yet, the link is shown to pass on. */
export async function inviteVendorMember(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const headers = await callerHeaders()
  if (!headers) return { error: t("bottega.errors.session"), values }
  const parsed = inviteSchema.safeParse({ email: formData.get("email"), role: formData.get("role") })
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error, t), values }
  let invite: { token: string; email: string }
  try {
    ;({ invite } = await sdk.client.fetch<{ invite: { token: string; email: string } }>("/vendor/invites", { method: "POST", body: parsed.data, headers }))
  } catch (error) {
    return vendorApiErrorState(error, t, values, (path) => (path[0] === "email" || path[0] === "role" ? path[0] : null))
  }
  refresh()
  return {
    message: t("bottega.members.invited", { email: invite.email ?? parsed.data.email }),
    data: { invite_path: `/bottega/invito?token=${encodeURIComponent(invite.token)}` },
  }
}

/** Owners remove a member: the API ends that member's access at once. */
export async function removeVendorMember(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const headers = await callerHeaders()
  if (!headers) return { error: t("bottega.errors.session") }
  const parsed = z.object({ member_id: z.string().regex(/^vmem_\w+$/), name: z.string().max(200) }).safeParse({ member_id: formData.get("member_id"), name: formData.get("name") })
  if (!parsed.success) return { error: t("errors.invalid") }
  try {
    await sdk.client.fetch(`/vendor/members/${parsed.data.member_id}`, { method: "DELETE", headers })
  } catch (error) {
    return vendorApiErrorState(error, t, {}, () => null)
  }
  // No refresh: the member's row (where this form and its message are) says they are gone; the
  // list without them is the next page view's.
  return { ok: true, message: t("bottega.members.removed", { name: parsed.data.name }) }
}
