import "server-only"
import { vendorAuthHeaders } from "../cookies"
import { contentHeaders } from "../i18n/content-locale"
import { DEFAULT_LOCALE, type Locale } from "../i18n/translate"
import { sdk } from "../medusa"
import { CacheTags, cachedWith } from "./cache-tags"

/** The brand as the store API tells it: charter, certified makers, marks and price breakdowns. */

export type Criterion = { key: string; title: string; description?: string | null }
export type Charter = { id: string; version: number; criteria: Criterion[]; notes: string | null; published_at: string }
export type CertifiedMaker = { id: string; handle: string; name: string; craft: string; certified_until: string }
export type BreakdownKey = "materials" | "labour" | "margin" | "artisan" | "commission" | "fund" | "delivery" | "vat" | "other"
/** `roundup` (an order's only): the resident's gift to the fund, in cents, apart from the price and its parts. */
export type PriceBreakdown = { price: number; lines: { key: BreakdownKey; amount: number; by: "artisan" | "network" | "state" }[]; roundup?: number }

/**
 * The product's mark, the breakdown of its lowest price and, when asked for (the product page), each
 * variant's own breakdown by variant id (null: that variant has none).
 */
export type ProductBrand = {
  certified: boolean
  criteria: { key: string; title: string }[]
  price_breakdown?: PriceBreakdown | null
  variant_breakdowns?: Record<string, PriceBreakdown | null> | null
}
/** What the brand plugin adds to store product responses (absent when the plugin is not there). */
export type BrandFields = { brand?: ProductBrand | null }

export type Certification = {
  id: string
  status: "submitted" | "changes_requested" | "approved" | "rejected" | "expired"
  adherence: { criterion_key: string; evidence: string; photos: string[] }[]
  review_note: string | null
  valid_until: string | null
  charter_version: number | null
}
export type Adherence = {
  charter: Charter | null
  certification: Certification | null
  certificate: Certification | null
  certified: boolean
  renewal_required: boolean
}

/** The charter in force, its criteria in this language where the coordinators translated them. */
export async function retrieveCharter(locale: Locale = DEFAULT_LOCALE): Promise<{ charter: Charter | null; makers: CertifiedMaker[] }> {
  return sdk.client.fetch("/store/brand/charter", { headers: contentHeaders(locale), ...cachedWith(CacheTags.brand) })
}

/**
 * The product with its mark's criteria titled in this language: the product's mark names them as
 * the charter does in Italian, the charter in force has their translations.
 */
export async function withCriteriaIn<P extends object>(product: P, locale: Locale): Promise<P> {
  const brand = (product as BrandFields).brand
  if (!brand?.criteria.length || locale === DEFAULT_LOCALE) return product
  const { charter } = await retrieveCharter(locale)
  const titles = new Map((charter?.criteria ?? []).map((c) => [c.key, c.title]))
  return { ...product, brand: { ...brand, criteria: brand.criteria.map((c) => ({ ...c, title: titles.get(c.key) ?? c.title })) } }
}

/** Ids of the products that carry the brand mark today. */
export async function listBrandProductIds(): Promise<string[]> {
  const { product_ids } = await sdk.client.fetch<{ product_ids: string[] }>("/store/brand/products", { headers: {}, ...cachedWith(CacheTags.brand) })
  return product_ids
}

/** The signed-in artisan's adherence to the charter in force, its criteria in the maker's language. */
export async function retrieveAdherence(locale: Locale = DEFAULT_LOCALE): Promise<Adherence> {
  return sdk.client.fetch<Adherence>("/vendor/brand/adherence", { headers: { ...(await vendorAuthHeaders()), ...contentHeaders(locale) } })
}

export type ProductClaim = { product_id: string; criteria: string[]; materials: number | null; labour: number | null }

/** The signed-in artisan's claims, by product. */
export async function listProductClaims(): Promise<Map<string, ProductClaim>> {
  const { claims } = await sdk.client.fetch<{ claims: ProductClaim[] }>("/vendor/brand/products", { headers: await vendorAuthHeaders() })
  return new Map(claims.map((c) => [c.product_id, c]))
}

/** The cart's goods split into who gets what (never cached: the cart changes). */
export async function retrieveCartBreakdown(cartId: string): Promise<PriceBreakdown | null> {
  try {
    const { breakdown } = await sdk.client.fetch<{ breakdown: PriceBreakdown }>(`/store/brand/carts/${encodeURIComponent(cartId)}/breakdown`, { headers: {}, cache: "no-store" })
    return breakdown
  } catch {
    // the breakdown explains the price; without it the checkout still works
    return null
  }
}
