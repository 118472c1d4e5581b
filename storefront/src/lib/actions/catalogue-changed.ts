import "server-only"
import { updateTag } from "next/cache"
import { CacheTags } from "../data/cache-tags"

/**
 * A maker's own change shows at once on the shop's cached pages (read-your-own-writes; Medusa's
 * subscriber tells the storefront too, a moment later, for everyone's changes). Only from
 * server actions.
 */
export const catalogueChanged = {
  products: () => [CacheTags.products, CacheTags.productDetails].forEach(updateTag),
  vendor: () => [CacheTags.vendors, CacheTags.products, CacheTags.productDetails].forEach(updateTag),
  brand: () => [CacheTags.brand, CacheTags.products, CacheTags.productDetails].forEach(updateTag),
}
