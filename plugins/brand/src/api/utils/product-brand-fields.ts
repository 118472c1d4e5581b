import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestedFields, withQueryFields } from "@rbv/kit"
import { withVariantBreakdownsSeen } from "../../modules/brand/variant-breakdowns-scope"

const BREAKDOWN = ["price", "lines", "rates"]
const VARIANT_BREAKDOWNS = "brand.variant_breakdowns"
const withVariants = (requested: string[]) => requested.some((f) => f === "variants" || f.startsWith("variants."))

/**
 * Store product responses carry `brand` (certified, criteria, the `price_breakdown` of the
 * product's lowest price, and the `maker` { id, handle, name }: the product's `vendor` without the
 * two statements of the vendor link) and, when variants are asked for, each variant's own `price_breakdown`.
 * A caller that names `brand.variant_breakdowns` (the shop's product page) gets the same sizes'
 * breakdowns by variant id from the brand row itself, in the brand's own Query stage: no stage for
 * `variants.price_breakdown` at all. Not a default (the same figures twice in a response).
 * Both are read-model rows joined by read-only links (see src/links), kept current by
 * refresh-product-brands: the core response is never rewritten on its way out.
 */
export const withProductBrand = withQueryFields(
  (requested) => [
    "brand.certified",
    "brand.criteria",
    "brand.price_breakdown",
    "brand.maker",
    VARIANT_BREAKDOWNS,
    ...(withVariants(requested) ? BREAKDOWN.map((f) => `variants.price_breakdown.${f}`) : []),
  ],
  [VARIANT_BREAKDOWNS]
)

/**
 * A store product request whose variants carry `price_breakdown` (after withProductBrand) runs in a
 * scope where they are read from the brand rows the same request reads: such a request costs the
 * brand row's statement only, not one more for its sizes' breakdowns (Query's stage for them remains).
 */
export function variantBreakdownsFromBrandRows(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const breakdowns = requestedFields(req).some((f) => f.startsWith("variants.price_breakdown"))
  return breakdowns ? withVariantBreakdownsSeen(next) : next()
}
