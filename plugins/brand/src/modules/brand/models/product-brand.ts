import { model } from "@medusajs/framework/utils"
import type { Breakdown, BrandMarkCriterion } from "./read-model-types"

// The brand mark of one product as the shop shows it, and the breakdown of its lowest price
// (what a product card shows, "da 11,50 €"), keyed by the product's own id so a read-only link
// joins it to store product responses in the same query. A read model: written only by the
// refresh-product-brands workflow when a claim, certification, charter, rate or the product changes.
export const ProductBrand = model.define("product_brand", {
  id: model.text().primaryKey(),
  certified: model.boolean().default(false),
  criteria: model.json<BrandMarkCriterion[]>(),
  price_breakdown: model.json<Breakdown>().nullable(),
})
