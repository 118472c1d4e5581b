import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { contentHeaders } from "../i18n/content-locale"
import { intlLocale, type Locale } from "../i18n/translate"
import { sdk } from "../medusa"
import { CacheTags, cachedWith } from "./cache-tags"

/** Top-level categories in the visitor's language, alphabetical — header and home page (tag `categories`). */
export const listTopCategories = cache(async (locale: Locale): Promise<HttpTypes.StoreProductCategory[]> => {
  const { product_categories } = await sdk.client.fetch<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
    query: { parent_category_id: "null", fields: "id,name,handle,description,rank", limit: 100 },
    headers: contentHeaders(locale),
    ...cachedWith(CacheTags.categories),
  })
  return [...product_categories].sort((a, b) => a.name.localeCompare(b.name, intlLocale(locale)))
})

/** The category with this handle, or null (once per request: page + metadata). */
export const retrieveCategoryByHandle = cache(async (handle: string, locale: Locale): Promise<HttpTypes.StoreProductCategory | null> => {
  const { product_categories } = await sdk.client.fetch<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
    query: { handle, fields: "id,name,handle,description,*parent_category,*category_children", limit: 1 },
    headers: contentHeaders(locale),
    ...cachedWith(CacheTags.categories),
  })
  return product_categories[0] ?? null
})
