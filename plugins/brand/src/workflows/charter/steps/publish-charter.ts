import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import { refusal } from "@rbv/kit"

export const publishCharterStepId = "publish-charter"

/** Publishing freezes the draft; every shop certified under an older version is asked to renew. */
export const publishCharterStep = createStep(
  publishCharterStepId,
  async (input: { id: string }, { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const [draft] = await service.charterVersions({ id: input.id }, { take: 1 })
    if (!draft) throw refusal(MedusaError.Types.NOT_FOUND, "charter_not_found", `Charter version ${input.id} was not found`, "id")
    if (draft.published_at) throw refusal(MedusaError.Types.NOT_ALLOWED, "charter_published", `Version ${draft.version} is already published`)
    if (!draft.criteria.length) {
      throw refusal(MedusaError.Types.INVALID_DATA, "charter_empty", "criteria: a charter needs at least one criterion", "criteria")
    }
    const published = await service.updateCharterVersions({ id: draft.id, published_at: new Date() })
    return new StepResponse(published, draft.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    await service.updateCharterVersions({ id, published_at: null })
  }
)
