import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { productBrandsState } from "../../../lib/product-brand"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"

/** Which products to refresh: named ones, every product of some shops (or of the shops these certifications are for), or the whole catalogue. */
export type ProductBrandsScope = { product_ids?: string[]; vendor_ids?: string[]; certification_ids?: string[]; all?: boolean }

export const computeProductBrandsStepId = "compute-product-brands"

async function productIdsIn(query: any, brand: BrandModuleService, scope: ProductBrandsScope): Promise<string[]> {
  if (scope.all) {
    const { data } = await query.graph({ entity: "product", fields: ["id"] })
    return data.map((p: { id: string }) => p.id)
  }
  const ids = new Set(scope.product_ids ?? [])
  const vendorIds = [...(scope.vendor_ids ?? [])]
  if (scope.certification_ids?.length) {
    for (const c of await brand.listCertifications({ id: scope.certification_ids }, { select: ["vendor_id"] })) vendorIds.push(c.vendor_id)
  }
  if (vendorIds.length) {
    const { data } = await query.graph({ entity: "vendor", fields: ["products.id"], filters: { id: vendorIds } })
    for (const vendor of data) for (const product of vendor.products ?? []) if (product) ids.add(product.id)
  }
  return [...ids].filter(Boolean)
}

/** The product read model as it should be now (reads only; the next step writes it). */
export const computeProductBrandsStep = createStep(computeProductBrandsStepId, async (scope: ProductBrandsScope, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  return new StepResponse(await productBrandsState(container, await productIdsIn(query, container.resolve(BRAND_MODULE), scope)))
})
