"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { getT } from "../i18n/server"
import type { Translate } from "../i18n/translate"
import { sdk } from "../medusa"
import { formValues, type FormState } from "./form-state"
import { zodFieldErrors } from "./form-errors"
import { euro, euroPrice, stockCount, variantTitle } from "./product-schemas"
import { medusaId } from "./schemas"
import { callerHeaders, vendorApiErrorState } from "./vendor-form"

/** `prices, 0, amount` → `price`; the variant's name, price and stock fields keep their names. */
function variantFieldFor(path: string[]): string | null {
  if (path[0] === "prices") return "price"
  return ["title", "title_en", "stock"].includes(path[0]) ? path[0] : null
}

/** An API refusal, next to the variant's field it names (a name another size has: `variant_title_taken`). */
function refusal(error: unknown, t: Translate, values: Record<string, string>): FormState {
  return vendorApiErrorState(error, t, values, variantFieldFor)
}

// The English name is optional: empty, residents reading English see the Italian one.
const titleEn = z.string().trim().max(120, "validation.too_long").optional().transform((v) => v ?? "")
const variantFields = z.object({ product_id: medusaId, title: variantTitle, title_en: titleEn, price: euroPrice, stock: stockCount })

function parseVariant(formData: FormData) {
  return variantFields.safeParse({
    product_id: formData.get("product_id"),
    title: formData.get("title"),
    title_en: formData.get("title_en") ?? undefined,
    price: formData.get("price"),
    stock: formData.get("stock"),
  })
}

/** One size's name, price and pieces, saved together; a new price is recorded by the API. */
export async function updateVendorVariant(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const headers = await callerHeaders()
  if (!headers) return { error: t("bottega.errors.session"), values }
  const variantId = medusaId.safeParse(formData.get("variant_id"))
  const parsed = parseVariant(formData)
  if (!variantId.success) return { error: t("errors.not_found"), values }
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error, t), values }
  const { product_id, title, title_en, price, stock } = parsed.data
  try {
    await sdk.client.fetch(`/vendor/products/${product_id}/variants/${variantId.data}`, {
      method: "POST",
      body: { title, title_en, prices: euro(price), stock },
      headers,
    })
  } catch (error) {
    return refusal(error, t, values)
  }
  refresh()
  return { message: t("bottega.product.variant_saved", { title }), values }
}

/** A new size with its price and pieces, on sale at once. */
export async function addVendorVariant(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const headers = await callerHeaders()
  if (!headers) return { error: t("bottega.errors.session"), values }
  const parsed = parseVariant(formData)
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error, t), values }
  const { product_id, title, title_en, price, stock } = parsed.data
  try {
    const body = { title, ...(title_en ? { title_en } : {}), prices: euro(price), stock }
    await sdk.client.fetch(`/vendor/products/${product_id}/variants`, { method: "POST", body, headers })
  } catch (error) {
    return refusal(error, t, values)
  }
  refresh()
  // A fresh, empty form for the next size: the one just added is now in the list above.
  return { message: t("bottega.product.variant_added", { title }), ok: true }
}

const removeSchema = z.object({ product_id: medusaId, variant_id: medusaId })

/** Off sale; orders already placed for it are delivered as they are. Its form goes with it, so the page tells. */
export async function removeVendorVariant(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const headers = await callerHeaders()
  if (!headers) return { error: t("bottega.errors.session") }
  const parsed = removeSchema.safeParse({ product_id: formData.get("product_id"), variant_id: formData.get("variant_id") })
  if (!parsed.success) return { error: t("errors.invalid") }
  const { product_id, variant_id } = parsed.data
  let kept = false
  try {
    const answer = await sdk.client.fetch<{ kept_for_orders: boolean }>(`/vendor/products/${product_id}/variants/${variant_id}`, { method: "DELETE", headers })
    kept = answer.kept_for_orders
  } catch (error) {
    return vendorApiErrorState(error, t, {})
  }
  redirect(`/bottega/prodotti/${product_id}?${kept ? "tolto=ordini" : "tolto=1"}`)
}
