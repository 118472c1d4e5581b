"use server"

import { catalogueChanged } from "./catalogue-changed"
import { z } from "zod"
import { sdk } from "../medusa"
import { parseEuro } from "../util/bottega"
import { ARTISAN, formAction } from "./form-action"
import { formValues } from "./form-state"
import { photoOf, uploadPhoto } from "./vendor-form"

const MIN_EVIDENCE = 10
const criterionKey = z.string().regex(/^[a-z0-9_-]{2,40}$/)

/**
 * The artisan's adherence to the charter in force: for each criterion (hidden `criterion`
 * fields, in order) the evidence `evidence_<key>`, the photos already sent `photos_<key>` and
 * an optional new photo `photo_<key>`, uploaded through the vendors' upload route first.
 */
export const submitAdherence = formAction({
  caller: ARTISAN,
  schema: z.object({ criterion: z.array(criterionKey).min(1) }),
  read: (formData) => ({ criterion: formData.getAll("criterion").map(String) }),
  invalid: "errors.invalid",
  check: (formData, t) => {
    const fieldErrors: Record<string, string> = {}
    for (const key of formData.getAll("criterion").map(String)) {
      if (String(formData.get(`evidence_${key}`) ?? "").trim().length < MIN_EVIDENCE) fieldErrors[`evidence_${key}`] = t("charter.bottega.evidence_required")
      const photo = photoOf(formData, `photo_${key}`)
      if (photo.error) fieldErrors[`photo_${key}`] = t(photo.error)
    }
    return fieldErrors
  },
  // the API names the criterion it refused (field `adherence.<key>`): told under its evidence
  fields: ([first, key], { criterion: keys }) => (first === "adherence" && keys.includes(key) ? `evidence_${key}` : null),
  call: async ({ criterion: keys }, headers, formData) => {
    const adherence = []
    for (const key of keys) {
      const photos = formData.getAll(`photos_${key}`).map(String).filter(Boolean)
      const photo = photoOf(formData, `photo_${key}`).file
      if (photo) photos.push(await uploadPhoto(photo, headers))
      adherence.push({ criterion_key: key, evidence: String(formData.get(`evidence_${key}`)).trim(), photos: photos.slice(-6) })
    }
    return sdk.client.fetch("/vendor/brand/adherence", { method: "POST", body: { adherence }, headers })
  },
  done: ({ t }) => ({ ok: true, message: t("charter.bottega.sent") }),
})

/** Euro in a form field → cents; blank → undefined; anything else refused. */
const cents = z.unknown().transform((value, ctx) => {
  const text = String(value ?? "").trim()
  if (!text) return undefined
  const euro = parseEuro(text)
  if (euro === null) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "charter.bottega.claims.amount" })
  return euro === null ? undefined : Math.round(euro * 100)
})

/** The criteria of the form that are criteria (a tampered one is left out, not refused). */
const ticked = (formData: FormData) => formData.getAll("criteria").map(String).filter((k) => criterionKey.safeParse(k).success)

/** One product's claims: the criteria it meets (`criteria` checkboxes) and the parts of its price. */
export const setProductClaim = formAction({
  caller: ARTISAN,
  schema: z.object({ product_id: z.string().regex(/^prod_[A-Za-z0-9]+$/), criteria: z.array(z.string()), materials: cents, labour: cents }),
  hidden: { product_id: "errors.invalid" },
  // every ticked criterion, so the form keeps them ticked after a refusal (React resets the form)
  values: (formData) => ({ ...formValues(formData), criteria: ticked(formData).join(",") }),
  read: (formData) => ({ product_id: String(formData.get("product_id") ?? ""), criteria: ticked(formData), materials: formData.get("materials"), labour: formData.get("labour") }),
  invalid: (error, t) => Object.fromEntries(error.issues.map((issue) => [String(issue.path[0]), t("charter.bottega.claims.amount")])),
  // A refused breakdown (parts above the price, no price to break down) is told under the materials.
  fields: (path) => (path[0] === "parts" ? "materials" : null),
  call: ({ product_id, criteria, materials, labour }, headers) => {
    const parts = materials === undefined && labour === undefined ? null : { materials, labour }
    return sdk.client.fetch(`/vendor/brand/products/${product_id}`, { method: "POST", body: { criteria, parts }, headers })
  },
  done: ({ t, values }) => {
    catalogueChanged.brand()
    return { ok: true, values, message: t("charter.bottega.claims.saved") }
  },
})
