import { withQueryFields } from "@rbv/kit"

const BREAKDOWN = ["price", "lines", "rates"]
const withVariants = (requested: string[]) => requested.some((f) => f === "variants" || f.startsWith("variants."))

/**
 * Store product responses carry `brand` (certified, criteria, the `price_breakdown` of the
 * product's lowest price, and the `maker` { id, handle, name }: the product's `vendor` without the
 * two statements of the vendor link) and, when variants are asked for, each variant's own `price_breakdown`.
 * Both are read-model rows joined by read-only links (see src/links), kept current by
 * refresh-product-brands: the core response is never rewritten on its way out.
 */
export const withProductBrand = withQueryFields((requested) => [
  "brand.certified",
  "brand.criteria",
  "brand.price_breakdown",
  "brand.maker",
  ...(withVariants(requested) ? BREAKDOWN.map((f) => `variants.price_breakdown.${f}`) : []),
])
