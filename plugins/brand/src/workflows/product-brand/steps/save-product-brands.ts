import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import type { ProductBrandsState } from "../../../modules/brand/service"

export const saveProductBrandsStepId = "save-product-brands"

export const saveProductBrandsStep = createStep(
  saveProductBrandsStepId,
  async (state: ProductBrandsState, { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const before = await service.productBrandsState(state.product_ids)
    await service.saveProductBrands(state)
    return new StepResponse(state.product_ids, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<BrandModuleService>(BRAND_MODULE).saveProductBrands(before)
  }
)
