"use server"

import { refresh } from "next/cache"
import { catalogueChanged } from "./catalogue-changed"
import { redirect } from "next/navigation"
import { z } from "zod"
import { getT } from "../i18n/server"
import type { Translate } from "../i18n/translate"
import { sdk } from "../medusa"
import { toUserError } from "../util/errors"
import { formValues, type FormState } from "./form-state"
import { apiErrorState, zodFieldErrors } from "./form-errors"
import { classification, euro, euroPrice, stockCount, variantTitle } from "./product-schemas"
import { grams, medusaId, wholeNumber } from "./schemas"
import { callerHeaders, photoOf, uploadPhoto, vendorApiErrorState } from "./vendor-form"

const optionalText = (max: number) => z.string().trim().max(max, "validation.too_long").optional().transform((v) => v || null)
const status = z.enum(["draft", "published"], { message: "validation.invalid" })

const variantSchema = z.object({
  title: variantTitle,
  title_en: optionalText(120),
  sku: z.string().trim().max(80, "validation.too_long").optional().transform((v) => v || undefined),
  price: euroPrice,
  stock: stockCount,
})

const productSchema = z.object({
  title: z.string().trim().min(2, "validation.title").max(200, "validation.too_long"),
  subtitle: optionalText(200),
  description: optionalText(5000),
  // English, for residents who read the shop in English; left empty, they read the Italian.
  title_en: optionalText(200),
  subtitle_en: optionalText(200),
  description_en: optionalText(5000),
  status,
  ...classification,
})

/** The product fields of a form, and the API body they make (one category, one VAT class). */
function productFields(formData: FormData) {
  return productSchema
    .transform(({ category_id, ...fields }) => ({ ...fields, category_ids: [category_id] }))
    .safeParse({
      title: formData.get("title"),
      subtitle: formData.get("subtitle") ?? undefined,
      description: formData.get("description") ?? undefined,
      title_en: formData.get("title_en") ?? undefined,
      subtitle_en: formData.get("subtitle_en") ?? undefined,
      description_en: formData.get("description_en") ?? undefined,
      status: formData.get("status"),
      category_id: formData.get("category_id") ?? undefined,
      vat_class_id: formData.get("vat_class_id") ?? undefined,
    })
}

/** The variant rows of the form: `variant_title`, `variant_title_en`, `variant_sku`, `variant_price`, `variant_stock`, in order. */
function variantRows(formData: FormData) {
  const titles = formData.getAll("variant_title").map(String)
  const titlesEn = formData.getAll("variant_title_en").map(String)
  const skus = formData.getAll("variant_sku").map(String)
  const prices = formData.getAll("variant_price").map(String)
  const stocks = formData.getAll("variant_stock").map(String)
  return titles.map((title, i) => ({ title, title_en: titlesEn[i] ?? "", sku: skus[i] ?? "", price: prices[i] ?? "", stock: stocks[i] ?? "" }))
}

/** Values to refill the form, including each variant row (`variant_title_0`, …). */
function productValues(formData: FormData): Record<string, string> {
  const values = formValues(formData)
  variantRows(formData).forEach((row, i) => {
    values[`variant_title_${i}`] = row.title
    values[`variant_title_en_${i}`] = row.title_en
    values[`variant_sku_${i}`] = row.sku
    values[`variant_price_${i}`] = row.price
    values[`variant_stock_${i}`] = row.stock
  })
  values.variant_count = String(Math.max(1, variantRows(formData).length))
  return values
}

/** `variants, 1, prices, 0, amount` → `variant_price_1`; other paths → the field itself. */
function productFieldFor(path: string[]): string | null {
  const [first, index, sub] = path
  if (first === "variants" && index !== undefined) {
    const field = sub === "prices" ? "price" : sub === "stock" ? "stock" : sub === "sku" ? "sku" : sub === "title_en" ? "title_en" : "title"
    return `variant_${field}_${index}`
  }
  if (first === "files" || first === "thumbnail" || first === "images") return "photo"
  if (first === "category_ids") return "category_id"
  return ["title", "subtitle", "description", "title_en", "subtitle_en", "description_en", "status", "vat_class_id"].includes(first) ? first : null
}

function notSignedIn(t: Translate, values: Record<string, string>): FormState {
  return { error: t("bottega.errors.session"), values }
}

export async function createVendorProduct(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = productValues(formData)
  const headers = await callerHeaders()
  if (!headers) return notSignedIn(t, values)

  const fieldErrors: Record<string, string> = {}
  const parsed = productFields(formData)
  if (!parsed.success) Object.assign(fieldErrors, zodFieldErrors(parsed.error, t))
  const rows = variantRows(formData)
  const variants = rows.map((row, i) => {
    const result = variantSchema.safeParse(row)
    if (!result.success) {
      for (const [field, message] of Object.entries(zodFieldErrors(result.error, t))) fieldErrors[`variant_${field}_${i}`] ??= message
      return null
    }
    return result.data
  })
  if (!rows.length) fieldErrors.variant_title_0 = t("validation.required")
  const titles = rows.map((r) => r.title.trim().toLowerCase())
  titles.forEach((title, i) => {
    if (title && titles.indexOf(title) !== i) fieldErrors[`variant_title_${i}`] ??= t("validation.variant_duplicate")
  })
  const photo = photoOf(formData, "photo")
  if (photo.error) fieldErrors.photo = t(photo.error)
  if (Object.keys(fieldErrors).length || !parsed.success) return { fieldErrors, values }

  const ready = variants.filter((v): v is NonNullable<typeof v> => v !== null)
  const several = ready.length > 1
  const body = {
    ...parsed.data,
    ...(several ? { options: [{ title: "Variante", values: ready.map((v) => v.title) }] } : {}),
    variants: ready.map((v) => ({
      title: v.title,
      ...(v.title_en ? { title_en: v.title_en } : {}),
      ...(v.sku ? { sku: v.sku } : {}),
      ...(several ? { options: { Variante: v.title } } : {}),
      prices: euro(v.price),
      stock: v.stock,
    })),
  }

  let product: { id: string }
  try {
    if (photo.file) {
      const url = await uploadPhoto(photo.file, headers)
      Object.assign(body, { thumbnail: url, images: [{ url }] })
    }
    ;({ product } = await sdk.client.fetch<{ product: { id: string } }>("/vendor/products", { method: "POST", body, headers }))
  } catch (error) {
    return vendorApiErrorState(error, t, values, productFieldFor)
  }
  catalogueChanged.products()
  redirect(`/bottega/prodotti/${product.id}?creato=1`)
}

export async function updateVendorProduct(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const headers = await callerHeaders()
  if (!headers) return notSignedIn(t, values)
  const id = medusaId.safeParse(formData.get("id"))
  if (!id.success) return { error: t("errors.not_found"), values }
  const parsed = productFields(formData)
  const fieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error, t)
  const photo = photoOf(formData, "photo")
  if (photo.error) fieldErrors.photo = t(photo.error)
  if (!parsed.success || Object.keys(fieldErrors).length) return { fieldErrors, values }

  const body: Record<string, unknown> = { ...parsed.data }
  try {
    if (photo.file) {
      const url = await uploadPhoto(photo.file, headers)
      body.thumbnail = url
      body.images = [{ url }]
    }
    await sdk.client.fetch(`/vendor/products/${id.data}`, { method: "POST", body, headers })
  } catch (error) {
    return vendorApiErrorState(error, t, values, productFieldFor)
  }
  catalogueChanged.products()
  refresh()
  return { message: t("bottega.product.saved") }
}

const weightSchema = z.discriminatedUnion("by_weight", [
  z.object({ by_weight: z.literal(false), id: medusaId }),
  z.object({
    by_weight: z.literal(true),
    id: medusaId,
    price_per_kg: euroPrice,
    unit_grams: grams,
    tolerance_percent: wholeNumber(0, 50, "validation.tolerance"),
  }),
])

/** Sold by weight (price per kg, estimated weight of a piece, tolerance) or by the piece again. */
export async function setVendorWeightPricing(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const headers = await callerHeaders()
  if (!headers) return notSignedIn(t, values)
  const parsed = weightSchema.safeParse({
    by_weight: formData.get("by_weight") === "on",
    id: formData.get("id"),
    price_per_kg: formData.get("price_per_kg") ?? "",
    unit_grams: formData.get("unit_grams") ?? "",
    tolerance_percent: formData.get("tolerance_percent") ?? "",
  })
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error, t), values }
  const { id, ...form } = parsed.data
  const weight_pricing = form.by_weight ? { price_per_kg: form.price_per_kg, unit_grams: form.unit_grams, tolerance_percent: form.tolerance_percent } : null
  try {
    await sdk.client.fetch(`/vendor/products/${id}`, { method: "POST", body: { weight_pricing }, headers })
  } catch (error) {
    return vendorApiErrorState(error, t, values, (path) => (path[0] === "weight_pricing" ? (path[1] ?? "by_weight") : null))
  }
  catalogueChanged.products()
  refresh()
  return { message: weight_pricing ? t("bottega.weight.saved") : t("bottega.weight.removed") }
}

const stockSchema = z.object({
  product_id: medusaId,
  variant_id: medusaId,
  quantity: wholeNumber(0, 100_000, "validation.stock"),
})

/** Pieces on the shelf for one variant, typed in the products list. */
export async function setVariantStock(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const headers = await callerHeaders()
  if (!headers) return notSignedIn(t, values)
  const parsed = stockSchema.safeParse({
    product_id: formData.get("product_id"),
    variant_id: formData.get("variant_id"),
    quantity: formData.get("quantity"),
  })
  if (!parsed.success) return { fieldErrors: { quantity: zodFieldErrors(parsed.error, t).quantity ?? t("validation.stock") }, values }
  const { product_id, variant_id, quantity } = parsed.data
  try {
    await sdk.client.fetch(`/vendor/products/${product_id}/stock`, { method: "POST", body: { variant_id, quantity }, headers })
  } catch (error) {
    return vendorApiErrorState(error, t, values, () => "quantity")
  }
  catalogueChanged.products()
  refresh()
  return { message: t("bottega.products.stock_saved", { quantity }), values }
}

const statusSchema = z.object({ id: medusaId, status })

/** Hide a product from the shop (draft) or put it back on sale (published). */
export async function setVendorProductStatus(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const headers = await callerHeaders()
  if (!headers) return notSignedIn(t, {})
  const parsed = statusSchema.safeParse({ id: formData.get("id"), status: formData.get("status") })
  if (!parsed.success) return { error: t("errors.invalid") }
  try {
    await sdk.client.fetch(`/vendor/products/${parsed.data.id}`, { method: "POST", body: { status: parsed.data.status }, headers })
  } catch (error) {
    return vendorApiErrorState(error, t, {})
  }
  catalogueChanged.products()
  refresh()
  return { message: parsed.data.status === "draft" ? t("bottega.product.hidden") : t("bottega.product.published") }
}

export async function deleteVendorProduct(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const headers = await callerHeaders()
  if (!headers) return notSignedIn(t, {})
  const id = medusaId.safeParse(formData.get("id"))
  if (!id.success) return { error: t("errors.invalid") }
  try {
    await sdk.client.fetch(`/vendor/products/${id.data}`, { method: "DELETE", headers })
  } catch (error) {
    if (toUserError(error).kind !== "not_found") return apiErrorState(error, t)
  }
  catalogueChanged.products()
  redirect("/bottega/prodotti?eliminato=1")
}

const archiveSchema = z.object({ id: medusaId, archived: z.enum(["true", "false"]).transform((v) => v === "true") })

/** Archive (off the shop and the active list, nothing lost) or restore, in one tap. */
export async function setVendorProductArchived(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const headers = await callerHeaders()
  if (!headers) return notSignedIn(t, {})
  const parsed = archiveSchema.safeParse({ id: formData.get("id"), archived: formData.get("archived") })
  if (!parsed.success) return { error: t("errors.invalid") }
  const { id, archived } = parsed.data
  try {
    await sdk.client.fetch(`/vendor/products/${id}/${archived ? "archive" : "restore"}`, { method: "POST", body: {}, headers })
  } catch (error) {
    return vendorApiErrorState(error, t, {})
  }
  // Either way the product changes list: the page it lands on says what happened.
  redirect(archived ? "/bottega/prodotti?archiviato=1" : `/bottega/prodotti/${id}?ripristinato=1`)
}
