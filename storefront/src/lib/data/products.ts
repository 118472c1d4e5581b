import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { contentHeaders } from "../i18n/content-locale"
import { DEFAULT_LOCALE, intlLocale, type Locale } from "../i18n/translate"
import { sdk } from "../medusa"
import { CARD_COPY_FIELDS, MAKER_FIELDS, makerOf, type Maker } from "../util/makers"
import { CacheTags, cachedWith } from "./cache-tags"
import { retrieveShopRegion } from "./regions"

// The plugins add the maker (`vendor`) and the brand mark with its maker and price breakdowns to every
// product unless the caller names which of them it wants: each one read is a query and its rows
// on every call, so each page names exactly what it shows (the maker from the brand row: one
// statement joins the mark and the maker, where the vendor link takes two more).

/**
 * Fields for product cards: price of each variant, and the maker's name and the brand mark from the
 * brand plugin's copy in `metadata` (cardOf): no link joined, so a list costs about what it would on a
 * plain Medusa.
 */
const CARD_FIELDS = `id,handle,title,thumbnail,*variants.calculated_price,${CARD_COPY_FIELDS.join(",")}`

/** Fields for the product page: the defaults (hence every field `+`), plus prices, stock and price breakdown of each variant, the mark's criteria. */
const DETAIL_FIELDS =
  "*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder,+variants.variant_rank,*variants.options,*options,*options.values,*images,*categories,+metadata," +
  `${MAKER_FIELDS.map((f) => (f.startsWith("-") ? f : `+${f}`)).join(",")},+brand.certified,+brand.criteria,+brand.variant_breakdowns`

export type ProductList = { products: HttpTypes.StoreProduct[]; count: number }

/** Product cards in the visitor's language, cached until Medusa says a product changed (tag `products`). */
export async function listProducts(
  locale: Locale,
  query: Omit<HttpTypes.StoreProductListParams, "region_id" | "fields"> = {}
): Promise<ProductList> {
  const region = await retrieveShopRegion()
  const order = query.order ?? "title"
  const { products, count } = await sdk.client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { limit: 100, ...query, order, region_id: region.id, fields: CARD_FIELDS },
    headers: contentHeaders(locale),
    ...cachedWith(CacheTags.products),
  })
  // Medusa orders by the stored (Italian) title: in another language the page is put in its alphabetical order.
  if (order === "title" && locale !== DEFAULT_LOCALE) products.sort((a, b) => a.title.localeCompare(b.title, intlLocale(locale)))
  return { products, count }
}

export async function listCategoryProducts(categoryId: string, locale: Locale): Promise<ProductList> {
  return listProducts(locale, { category_id: [categoryId], limit: 100 })
}

/**
 * The product with this handle, or null when there is none (once per request: page + metadata).
 * Cached until Medusa says this product changed (`product:<handle>`) or every product page must
 * change (`product-details`: rates, charter); a miss is cached too and revalidated the same way.
 */
export const retrieveProductByHandle = cache(async (handle: string, locale: Locale): Promise<HttpTypes.StoreProduct | null> => {
  const region = await retrieveShopRegion()
  const { products } = await sdk.client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { handle, limit: 1, region_id: region.id, fields: DETAIL_FIELDS },
    headers: contentHeaders(locale),
    ...cachedWith(CacheTags.product(handle), CacheTags.productDetails),
  })
  return products[0] ?? null
})

/** Store products by id (a maker's products), alphabetically; unpublished ones are simply absent. */
export async function listProductsByIds(ids: string[], locale: Locale): Promise<HttpTypes.StoreProduct[]> {
  if (!ids.length) return []
  const { products } = await listProducts(locale, { id: ids, limit: Math.min(ids.length, 200) })
  return products
}

/** The categories these products are in, named in this language (the brand page's way into each category's brand view). */
export async function listProductCategories(ids: string[], locale: Locale): Promise<{ id: string; categories: { handle: string; name: string }[] }[]> {
  if (!ids.length) return []
  type Placed = { id: string; categories?: (HttpTypes.StoreProductCategory & { is_active?: boolean; is_internal?: boolean })[] | null }
  const { products } = await sdk.client.fetch<{ products: Placed[] }>("/store/products", {
    // (a category's own fields come whole or not at all; `-vendor,-brand`: nothing the plugins would add)
    query: { id: ids, limit: ids.length, fields: "id,*categories,-vendor,-brand" },
    headers: contentHeaders(locale),
    ...cachedWith(CacheTags.products, CacheTags.categories),
  })
  return products.map((p) => ({ id: p.id, categories: (p.categories ?? []).filter((c) => c.is_active !== false && c.is_internal !== true) }))
}

/**
 * The maker of each product id. Carts and orders cannot join the maker onto their lines (the
 * store cart/order routes drop `items.product.vendor`), so they look it up here: one call.
 */
export async function listProductMakers(ids: string[]): Promise<Map<string, Maker>> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) return new Map()
  const { products } = await sdk.store.product.list({ id: unique, limit: unique.length, fields: `id,${MAKER_FIELDS.join(",")}` })
  return new Map(products.map((p) => [p.id, makerOf(p)]))
}

/** Lines with `product.vendor` filled in from `listProductMakers` (lines keep everything else). */
export async function withLineMakers<T extends { product_id?: string | null; product?: object | null }>(items: T[]): Promise<T[]> {
  const makers = await listProductMakers(items.map((i) => i.product_id ?? ""))
  return items.map((item) => {
    const maker = item.product_id ? makers.get(item.product_id) : undefined
    return maker ? { ...item, product: { ...(item.product ?? {}), vendor: maker } } : item
  })
}
