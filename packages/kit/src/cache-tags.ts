/**
 * Tags of the storefront's cached catalogue: a plugin's subscriber names what changed, the
 * storefront (which tags its reads with these, `@rbv/kit/cache-tags`) expires every page that shows it.
 */
export const StorefrontTags = {
  regions: "regions",
  categories: "categories",
  /** every product list (home, category, maker, brand and search pages) */
  products: "products",
  /** every product page at once (what changes every breakdown: rates, charter) */
  productDetails: "product-details",
  product: (handle: string) => `product:${handle}`,
  vendors: "vendors",
  vendor: (handle: string) => `vendor:${handle}`,
  brand: "brand",
  fund: "fund",
  rounds: "rounds",
} as const
