import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { contentHeaders } from "../i18n/content-locale"
import type { Locale } from "../i18n/translate"
import { sdk } from "../medusa"
import { CacheTags, cachedWith } from "./cache-tags"
import { listProductsByIds } from "./products"

/** One hit of the store search (@rbv/vendors' GET /store/search), most relevant first. */
export type SearchHit = { id: string; handle: string; title: string; thumbnail: string | null; vendor: { handle: string; name: string } | null }
type SearchResponse = { products: SearchHit[]; count: number; corrected: string | null }

export type SearchResult = { products: HttpTypes.StoreProduct[]; count: number; corrected: string | null }

const RESULTS = 48
const SUGGESTIONS = 6

/** Cached per query and language until a product changes (tag `products`): the same words give the same answer. */
async function fetchSearch(q: string, limit: number, locale: Locale): Promise<SearchResponse> {
  return sdk.client.fetch<SearchResponse>("/store/search", { query: { q, limit }, headers: contentHeaders(locale), ...cachedWith(CacheTags.products) })
}

/** The results page: the search's order, each product as the product cards show it. */
export async function searchProducts(q: string, locale: Locale): Promise<SearchResult> {
  const { products: hits, count, corrected } = await fetchSearch(q, RESULTS, locale)
  const cards = new Map((await listProductsByIds(hits.map((h) => h.id), locale)).map((p) => [p.id, p]))
  return { products: hits.map((h) => cards.get(h.id)).filter((p): p is HttpTypes.StoreProduct => Boolean(p)), count, corrected }
}

/** What the search box suggests while the resident types. */
export async function suggestProducts(q: string, locale: Locale): Promise<{ suggestions: SearchHit[]; corrected: string | null }> {
  const { products, corrected } = await fetchSearch(q, SUGGESTIONS, locale)
  return { suggestions: products, corrected }
}
