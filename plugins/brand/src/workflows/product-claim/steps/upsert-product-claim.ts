import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import type { ProductClaimInput } from "./validate-product-claim"

type Undo = { created?: string; before?: Record<string, unknown> }

export const upsertProductClaimStepId = "upsert-product-claim"

export const upsertProductClaimStep = createStep(
  upsertProductClaimStepId,
  async (input: ProductClaimInput, { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const fields = {
      vendor_id: input.vendor_id,
      criteria: input.criteria as any,
      materials: input.parts?.materials ?? null,
      labour: input.parts?.labour ?? null,
      margin: null,
    }
    const [before] = await service.listProductClaims({ product_id: input.product_id }, { take: 1 })
    if (before) return new StepResponse(await service.updateProductClaims({ id: before.id, ...fields }), { before } as Undo)
    const created = await service.createProductClaims({ product_id: input.product_id, ...fields })
    return new StepResponse(created, { created: created.id } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    if (undo.created) await service.deleteProductClaims(undo.created)
    if (undo.before) {
      const { id, vendor_id, criteria, materials, labour, margin } = undo.before as any
      await service.updateProductClaims({ id, vendor_id, criteria, materials, labour, margin })
    }
  }
)
