"use server"

import { redirect } from "next/navigation"
import { z } from "zod"
import { sdk } from "../medusa"
import { ARTISAN, formAction } from "./form-action"
import { euro, euroPrice, stockCount, variantTitle } from "./product-schemas"
import { medusaId } from "./schemas"

/** `prices, 0, amount` → `price`; the variant's name, price and stock fields keep their names (a name another size has: `variant_title_taken`). */
function variantFieldFor(path: string[]): string | null {
  if (path[0] === "prices") return "price"
  return ["title", "title_en", "stock"].includes(path[0]) ? path[0] : null
}

// The English name is optional: empty, residents reading English see the Italian one.
const titleEn = z.string().trim().max(120, "validation.too_long").optional().transform((v) => v ?? "")
const variantFields = z.object({ product_id: medusaId, title: variantTitle, title_en: titleEn, price: euroPrice, stock: stockCount })

function variantInput(formData: FormData) {
  return {
    variant_id: formData.get("variant_id"),
    product_id: formData.get("product_id"),
    title: formData.get("title"),
    title_en: formData.get("title_en") ?? undefined,
    price: formData.get("price"),
    stock: formData.get("stock"),
  }
}

/** One size's name, price and pieces, saved together; a new price is recorded by the API. */
export const updateVendorVariant = formAction({
  caller: ARTISAN,
  schema: variantFields.extend({ variant_id: medusaId }),
  hidden: { variant_id: "errors.not_found" },
  read: variantInput,
  fields: variantFieldFor,
  call: ({ product_id, variant_id, title, title_en, price, stock }, headers) =>
    sdk.client.fetch(`/vendor/products/${product_id}/variants/${variant_id}`, { method: "POST", body: { title, title_en, prices: euro(price), stock }, headers }),
  done: ({ input, t, values }) => ({ message: t("bottega.product.variant_saved", { title: input.title }), values }),
})

/** A new size with its price and pieces, on sale at once. */
export const addVendorVariant = formAction({
  caller: ARTISAN,
  schema: variantFields,
  read: variantInput,
  fields: variantFieldFor,
  call: ({ product_id, title, title_en, price, stock }, headers) =>
    sdk.client.fetch(`/vendor/products/${product_id}/variants`, { method: "POST", body: { title, ...(title_en ? { title_en } : {}), prices: euro(price), stock }, headers }),
  // A fresh, empty form for the next size: the one just added is now in the list above.
  done: ({ input, t }) => ({ message: t("bottega.product.variant_added", { title: input.title }), ok: true }),
})

/** Off sale; orders already placed for it are delivered as they are. Its form goes with it, so the page tells. */
export const removeVendorVariant = formAction({
  caller: ARTISAN,
  schema: z.object({ product_id: medusaId, variant_id: medusaId }),
  button: true,
  call: ({ product_id, variant_id }, headers) =>
    sdk.client.fetch<{ kept_for_orders: boolean }>(`/vendor/products/${product_id}/variants/${variant_id}`, { method: "DELETE", headers }),
  refresh: false,
  done: ({ input, result }) => redirect(`/bottega/prodotti/${input.product_id}?${result.kept_for_orders ? "tolto=ordini" : "tolto=1"}`),
})
