import { model } from "@medusajs/framework/utils"
import type { Breakdown, BrandMarkCriterion, Maker, VariantBreakdowns } from "./read-model-types"

// Everything a product card shows beyond the core product, in one row keyed by the product's own
// id so one read-only link joins it to store product responses in the same query: the brand mark,
// the breakdown of its lowest price ("da 11,50 €") and its maker ({ id, handle, name } of the
// vendors plugin's shop, read through Query), which spares a product query the two statements of
// the vendor link. It also holds every variant's own breakdown (`variant_breakdowns`, by variant id):
// a product page's `variants.price_breakdown` is then answered from the row it has just read (see
// variant-breakdowns-scope.ts) instead of one more statement. A read model: written only by the
// refresh-product-brands workflow when a claim, certification, charter, rate, price, the product or
// its maker's profile changes.
export const ProductBrand = model.define("product_brand", {
  id: model.text().primaryKey(),
  certified: model.boolean().default(false),
  criteria: model.json<BrandMarkCriterion[]>(),
  price_breakdown: model.json<Breakdown>().nullable(),
  maker: model.json<Maker>().nullable(),
  variant_breakdowns: model.json<VariantBreakdowns>().nullable(),
})
