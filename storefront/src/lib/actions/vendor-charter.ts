"use server"

import { refresh } from "next/cache"
import { catalogueChanged } from "./catalogue-changed"
import { z } from "zod"
import { getT } from "../i18n/server"
import { sdk } from "../medusa"
import { parseEuro } from "../util/bottega"
import { formValues, type FormState } from "./form-state"
import { callerHeaders, photoOf, uploadPhoto, vendorApiErrorState } from "./vendor-form"

const MIN_EVIDENCE = 10
const criterionKey = z.string().regex(/^[a-z0-9_-]{2,40}$/)

/**
 * The artisan's adherence to the charter in force: for each criterion (hidden `criterion`
 * fields, in order) the evidence `evidence_<key>`, the photos already sent `photos_<key>` and
 * an optional new photo `photo_<key>`, uploaded through the vendors' upload route first.
 */
export async function submitAdherence(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const headers = await callerHeaders()
  if (!headers) return { error: t("bottega.errors.session"), values }

  const keys = formData.getAll("criterion").map(String)
  if (!keys.length || !keys.every((k) => criterionKey.safeParse(k).success)) return { error: t("errors.invalid"), values }
  const fieldErrors: Record<string, string> = {}
  for (const key of keys) {
    if (String(formData.get(`evidence_${key}`) ?? "").trim().length < MIN_EVIDENCE) fieldErrors[`evidence_${key}`] = t("charter.bottega.evidence_required")
    const photo = photoOf(formData, `photo_${key}`)
    if (photo.error) fieldErrors[`photo_${key}`] = t(photo.error)
  }
  if (Object.keys(fieldErrors).length) return { fieldErrors, values }

  try {
    const adherence = []
    for (const key of keys) {
      const photos = formData.getAll(`photos_${key}`).map(String).filter(Boolean)
      const photo = photoOf(formData, `photo_${key}`).file
      if (photo) photos.push(await uploadPhoto(photo, headers))
      adherence.push({ criterion_key: key, evidence: String(formData.get(`evidence_${key}`)).trim(), photos: photos.slice(-6) })
    }
    await sdk.client.fetch("/vendor/brand/adherence", { method: "POST", body: { adherence }, headers })
  } catch (error) {
    // the API names the criterion it refused (field `adherence.<key>`): told under its evidence
    return vendorApiErrorState(error, t, values, ([first, key]) => (first === "adherence" && keys.includes(key) ? `evidence_${key}` : null))
  }
  refresh()
  return { ok: true, message: t("charter.bottega.sent") }
}

/** Euro in a form field → cents; blank → undefined; anything else → null (refused). */
function centsOf(value: FormDataEntryValue | null): number | undefined | null {
  const text = String(value ?? "").trim()
  if (!text) return undefined
  const euro = parseEuro(text)
  return euro === null ? null : Math.round(euro * 100)
}

/** One product's claims: the criteria it meets (`criteria` checkboxes) and the parts of its price. */
export async function setProductClaim(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const headers = await callerHeaders()
  if (!headers) return { error: t("bottega.errors.session"), values }
  const productId = String(formData.get("product_id") ?? "")
  if (!/^prod_[A-Za-z0-9]+$/.test(productId)) return { error: t("errors.invalid"), values }
  const criteria = formData.getAll("criteria").map(String).filter((k) => criterionKey.safeParse(k).success)
  // every ticked criterion, so the form keeps them ticked after a refusal (React resets the form)
  values.criteria = criteria.join(",")
  const materials = centsOf(formData.get("materials"))
  const labour = centsOf(formData.get("labour"))
  const fieldErrors: Record<string, string> = {}
  if (materials === null) fieldErrors.materials = t("charter.bottega.claims.amount")
  if (labour === null) fieldErrors.labour = t("charter.bottega.claims.amount")
  if (Object.keys(fieldErrors).length) return { fieldErrors, values }
  const parts = materials === undefined && labour === undefined ? null : { materials: materials ?? undefined, labour: labour ?? undefined }
  try {
    await sdk.client.fetch(`/vendor/brand/products/${productId}`, { method: "POST", body: { criteria, parts }, headers })
  } catch (error) {
    // A refused breakdown (parts above the price, no price to break down) is told under the materials.
    return vendorApiErrorState(error, t, values, (path) => (path[0] === "parts" ? "materials" : null))
  }
  catalogueChanged.brand()
  refresh()
  return { ok: true, values, message: t("charter.bottega.claims.saved") }
}
