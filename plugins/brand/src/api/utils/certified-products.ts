import type { MedusaContainer } from "@medusajs/framework/types"
import type { SearchFacetAnswer } from "@rbv/kit"
import { brandOfProducts } from "../../lib/product-brand"
import { BRAND_MODULE } from "../../modules/brand"
import type BrandModuleService from "../../modules/brand/service"

/** The products that carry the brand mark today (the same rule as the `brand.certified` of store products). */
export async function certifiedProductIds(container: MedusaContainer): Promise<SearchFacetAnswer> {
  const service: BrandModuleService = container.resolve(BRAND_MODULE)
  const claims = await service.listProductClaims({}, { select: ["product_id"], take: null })
  const brands = await brandOfProducts(container, claims.map((c) => c.product_id))
  return { only: [...brands].filter(([, brand]) => brand.certified).map(([id]) => id) }
}
