import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { sdk } from "../medusa"
import { CacheTags, cachedWith } from "./cache-tags"

/** Top-level categories, alphabetical — shown in the header and on the home page (tag `categories`). */
export const listTopCategories = cache(async (): Promise<HttpTypes.StoreProductCategory[]> => {
  const { product_categories } = await sdk.client.fetch<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
    query: { parent_category_id: "null", fields: "id,name,handle,description,rank", limit: 100 },
    ...cachedWith(CacheTags.categories),
  })
  return [...product_categories].sort((a, b) => a.name.localeCompare(b.name, "it"))
})

/** The category with this handle, or null (once per request: page + metadata). */
export const retrieveCategoryByHandle = cache(async (handle: string): Promise<HttpTypes.StoreProductCategory | null> => {
  const { product_categories } = await sdk.client.fetch<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
    query: { handle, fields: "id,name,handle,description,*parent_category,*category_children", limit: 1 },
    ...cachedWith(CacheTags.categories),
  })
  return product_categories[0] ?? null
})
