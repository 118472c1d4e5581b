import type { MedusaContainer } from "@medusajs/framework/types"
import type { SearchFacetAnswer } from "@rbv/kit"
import { BRAND_MODULE } from "../../modules/brand"
import type BrandModuleService from "../../modules/brand/service"

/** The products that carry the brand mark today: the read model that store products' `brand.certified` comes from. */
export async function certifiedProductIds(container: MedusaContainer): Promise<SearchFacetAnswer> {
  const service: BrandModuleService = container.resolve(BRAND_MODULE)
  const marked = await service.listProductBrands({ certified: true }, { select: ["id"], take: null })
  return { only: marked.map((p) => p.id) }
}
