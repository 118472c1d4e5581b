import "server-only"

/**
 * Tags of the catalogue reads the storefront keeps in Next's cache. Medusa revalidates them the
 * moment a change is saved: the plugins' subscribers POST the tags to /api/revalidate (the same
 * words are in @rbv/kit's storefront-revalidation.ts). Nothing expires on a timer.
 */
export const CacheTags = {
  regions: "regions",
  categories: "categories",
  /** every product list: home, category, maker, brand and search pages */
  products: "products",
  /** every product page at once (rates, charter: what changes every breakdown) */
  productDetails: "product-details",
  product: (handle: string) => `product:${handle}`,
  vendors: "vendors",
  vendor: (handle: string) => `vendor:${handle}`,
  brand: "brand",
  fund: "fund",
  rounds: "rounds",
} as const

/** Fetch options of a cached catalogue read (passed through the js-sdk to Next's fetch). */
export function cachedWith(...tags: string[]): { cache: "force-cache"; next: { tags: string[] } } {
  return { cache: "force-cache", next: { tags } }
}
