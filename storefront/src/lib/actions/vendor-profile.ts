"use server"

import { catalogueChanged } from "./catalogue-changed"
import { z } from "zod"
import { sdk } from "../medusa"
import { ARTISAN, formAction } from "./form-action"
import { email, postalCode } from "./schemas"
import { photoCheck, photoOf, uploadPhoto } from "./vendor-form"

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
    mail_locale: z.enum(["it", "en"], { message: "validation.invalid" }),
  })
  .superRefine((value, ctx) => {
    if (value.closure_from && value.closure_to && value.closure_to < value.closure_from) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["closure_to"], message: "validation.closure_order" })
    }
    if (value.closure_from && !value.closure_to) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["closure_to"], message: "validation.closure_end" })
    }
  })

const PROFILE_FIELDS = ["name", "story", "story_en", "phone", "address_1", "postal_code", "lat", "lng", "closure_from", "closure_to", "closure_note", "mail_locale"] as const

export const updateVendorProfile = formAction({
  caller: ARTISAN,
  schema: profileSchema,
  read: (formData) => Object.fromEntries(PROFILE_FIELDS.map((f) => [f, formData.get(f) ?? undefined])),
  check: photoCheck("logo"),
  fields: (path) => {
    if (path[0] === "logo_url" || path[0] === "files") return "logo"
    return (PROFILE_FIELDS as readonly string[]).includes(path[0]) ? path[0] : null
  },
  call: async (fields, headers, formData) => {
    const body: Record<string, unknown> = { ...fields }
    const { file } = photoOf(formData, "logo")
    if (file) body.logo_url = await uploadPhoto(file, headers)
    if (formData.get("remove_logo") === "on" && !file) body.logo_url = null
    return sdk.client.fetch("/vendor/me", { method: "POST", body, headers })
  },
  done: ({ t }) => {
    catalogueChanged.vendor()
    return { message: t("bottega.profile.saved") }
  },
})

/** Owners invite a second member; with no mail server yet, the link is shown to pass on. */
export const inviteVendorMember = formAction({
  caller: ARTISAN,
  schema: z.object({ email, role: z.enum(["owner", "member"], { message: "validation.invalid" }) }),
  read: (formData) => ({ email: formData.get("email"), role: formData.get("role") }),
  fields: ["email", "role"],
  call: (body, headers) => sdk.client.fetch<{ invite: { token: string; email: string } }>("/vendor/invites", { method: "POST", body, headers }),
  done: ({ input, result: { invite }, t }) => ({
    message: t("bottega.members.invited", { email: invite.email ?? input.email }),
    data: { invite_path: `/bottega/invito?token=${encodeURIComponent(invite.token)}` },
  }),
})

/** Owners remove a member: the API ends that member's access at once. */
export const removeVendorMember = formAction({
  caller: ARTISAN,
  schema: z.object({ member_id: z.string().regex(/^vmem_\w+$/), name: z.string().max(200) }),
  button: true,
  read: (formData) => ({ member_id: formData.get("member_id"), name: formData.get("name") }),
  call: ({ member_id }, headers) => sdk.client.fetch(`/vendor/members/${member_id}`, { method: "DELETE", headers }),
  // No refresh: the member's row (where this form and its message are) says they are gone; the
  // list without them is the next page view's.
  refresh: false,
  done: ({ input, t }) => ({ ok: true, message: t("bottega.members.removed", { name: input.name }) }),
})
