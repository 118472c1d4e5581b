"use server"

import { catalogueChanged } from "./catalogue-changed"
import { redirect } from "next/navigation"
import { z } from "zod"
import type { Translate } from "../i18n/translate"
import { sdk } from "../medusa"
import { toUserError } from "../util/errors"
import { formValues } from "./form-state"
import { apiErrorState, zodFieldErrors } from "./form-errors"
import { classification, euro, euroPrice, stockCount, variantTitle } from "./product-schemas"
import { grams, medusaId, wholeNumber } from "./schemas"
import { photoCheck, photoOf, uploadPhoto } from "./vendor-form"
import { ARTISAN, formAction } from "./form-action"

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

/** The product fields of a form, as the schema reads them. */
function productInput(formData: FormData) {
  return {
    title: formData.get("title"),
    subtitle: formData.get("subtitle") ?? undefined,
    description: formData.get("description") ?? undefined,
    title_en: formData.get("title_en") ?? undefined,
    subtitle_en: formData.get("subtitle_en") ?? undefined,
    description_en: formData.get("description_en") ?? undefined,
    status: formData.get("status"),
    category_id: formData.get("category_id") ?? undefined,
    vat_class_id: formData.get("vat_class_id") ?? undefined,
  }
}

/** The API body of the product fields: one category, one VAT class. */
const withCategory = <T extends { category_id: string }>({ category_id, ...fields }: T) => ({ ...fields, category_ids: [category_id] })

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

/** The variant rows' messages (`variant_<field>_<i>`): each row's own, no row at all, two rows of one name. */
function variantErrors(formData: FormData, t: Translate): Record<string, string> {
  const fieldErrors: Record<string, string> = {}
  const rows = variantRows(formData)
  rows.forEach((row, i) => {
    const result = variantSchema.safeParse(row)
    if (result.success) return
    for (const [field, message] of Object.entries(zodFieldErrors(result.error, t))) fieldErrors[`variant_${field}_${i}`] ??= message
  })
  if (!rows.length) fieldErrors.variant_title_0 = t("validation.required")
  const titles = rows.map((r) => r.title.trim().toLowerCase())
  titles.forEach((title, i) => {
    if (title && titles.indexOf(title) !== i) fieldErrors[`variant_title_${i}`] ??= t("validation.variant_duplicate")
  })
  return fieldErrors
}

/** A new product's body: its fields and its variant rows (checked by `variantErrors` already), one option when several. */
function newProductBody(fields: Record<string, unknown>, formData: FormData) {
  const ready = variantRows(formData).map((row) => variantSchema.parse(row))
  const several = ready.length > 1
  return {
    ...fields,
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
}

/** A chosen photo (sent after the other fields pass) as the product's image. */
async function withPhoto(body: Record<string, unknown>, formData: FormData, headers: { authorization: string }) {
  const { file } = photoOf(formData, "photo")
  if (!file) return body
  const url = await uploadPhoto(file, headers)
  return { ...body, thumbnail: url, images: [{ url }] }
}

export const createVendorProduct = formAction({
  caller: ARTISAN,
  schema: productSchema.transform(withCategory),
  read: productInput,
  values: productValues,
  check: (formData, t) => ({ ...variantErrors(formData, t), ...photoCheck("photo")(formData, t) }),
  fields: productFieldFor,
  call: async (fields, headers, formData) =>
    sdk.client.fetch<{ product: { id: string } }>("/vendor/products", { method: "POST", body: await withPhoto(newProductBody(fields, formData), formData, headers), headers }),
  refresh: false,
  done: ({ result }) => {
    catalogueChanged.products()
    redirect(`/bottega/prodotti/${result.product.id}?creato=1`)
  },
})

export const updateVendorProduct = formAction({
  caller: ARTISAN,
  schema: productSchema.extend({ id: medusaId }).transform(withCategory),
  hidden: { id: "errors.not_found" },
  read: (formData) => ({ ...productInput(formData), id: formData.get("id") }),
  check: photoCheck("photo"),
  fields: productFieldFor,
  call: async ({ id, ...fields }, headers, formData) =>
    sdk.client.fetch(`/vendor/products/${id}`, { method: "POST", body: await withPhoto(fields, formData, headers), headers }),
  done: ({ t }) => {
    catalogueChanged.products()
    return { message: t("bottega.product.saved") }
  },
})

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
export const setVendorWeightPricing = formAction({
  caller: ARTISAN,
  schema: weightSchema.transform(({ id, ...form }) => ({
    id,
    weight_pricing: form.by_weight ? { price_per_kg: form.price_per_kg, unit_grams: form.unit_grams, tolerance_percent: form.tolerance_percent } : null,
  })),
  read: (formData) => ({
    by_weight: formData.get("by_weight") === "on",
    id: formData.get("id"),
    price_per_kg: formData.get("price_per_kg") ?? "",
    unit_grams: formData.get("unit_grams") ?? "",
    tolerance_percent: formData.get("tolerance_percent") ?? "",
  }),
  fields: (path) => (path[0] === "weight_pricing" ? (path[1] ?? "by_weight") : null),
  call: ({ id, weight_pricing }, headers) => sdk.client.fetch(`/vendor/products/${id}`, { method: "POST", body: { weight_pricing }, headers }),
  done: ({ input, t }) => {
    catalogueChanged.products()
    return { message: input.weight_pricing ? t("bottega.weight.saved") : t("bottega.weight.removed") }
  },
})

const stockSchema = z.object({
  product_id: medusaId,
  variant_id: medusaId,
  quantity: wholeNumber(0, 100_000, "validation.stock"),
})

/** Pieces on the shelf for one variant, typed in the products list. */
export const setVariantStock = formAction({
  caller: ARTISAN,
  schema: stockSchema,
  read: (formData) => ({ product_id: formData.get("product_id"), variant_id: formData.get("variant_id"), quantity: formData.get("quantity") }),
  invalid: (error, t) => ({ quantity: zodFieldErrors(error, t).quantity ?? t("validation.stock") }),
  fields: () => "quantity",
  call: ({ product_id, variant_id, quantity }, headers) =>
    sdk.client.fetch(`/vendor/products/${product_id}/stock`, { method: "POST", body: { variant_id, quantity }, headers }),
  done: ({ input, t, values }) => {
    catalogueChanged.products()
    return { message: t("bottega.products.stock_saved", { quantity: input.quantity }), values }
  },
})

/** Hide a product from the shop (draft) or put it back on sale (published). */
export const setVendorProductStatus = formAction({
  caller: ARTISAN,
  schema: z.object({ id: medusaId, status }),
  button: true,
  call: ({ id, status }, headers) => sdk.client.fetch(`/vendor/products/${id}`, { method: "POST", body: { status }, headers }),
  done: ({ input, t }) => {
    catalogueChanged.products()
    return { message: input.status === "draft" ? t("bottega.product.hidden") : t("bottega.product.published") }
  },
})

function unlessNotFound(error: unknown): void {
  if (toUserError(error).kind !== "not_found") throw error
}

export const deleteVendorProduct = formAction({
  caller: ARTISAN,
  schema: z.object({ id: medusaId }),
  button: true,
  // Already gone is what was asked.
  call: ({ id }, headers) => sdk.client.fetch(`/vendor/products/${id}`, { method: "DELETE", headers }).catch(unlessNotFound),
  refused: (error, t) => apiErrorState(error, t),
  refresh: false,
  done: () => {
    catalogueChanged.products()
    redirect("/bottega/prodotti?eliminato=1")
  },
})

/** Archive (off the shop and the active list, nothing lost) or restore, in one tap. */
export const setVendorProductArchived = formAction({
  caller: ARTISAN,
  schema: z.object({ id: medusaId, archived: z.enum(["true", "false"]).transform((v) => v === "true") }),
  button: true,
  call: ({ id, archived }, headers) => sdk.client.fetch(`/vendor/products/${id}/${archived ? "archive" : "restore"}`, { method: "POST", body: {}, headers }),
  refresh: false,
  // Either way the product changes list: the page it lands on says what happened.
  done: ({ input: { id, archived } }) => redirect(archived ? "/bottega/prodotti?archiviato=1" : `/bottega/prodotti/${id}?ripristinato=1`),
})
