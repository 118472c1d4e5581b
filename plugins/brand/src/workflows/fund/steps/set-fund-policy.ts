import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"

type Undo = { id: string; share_bps?: number; created?: boolean }

export const setFundPolicyStepId = "set-fund-policy"

/** The share of every paid order that goes to the fund, from the next payment on. */
export const setFundPolicyStep = createStep(
  setFundPolicyStepId,
  async (input: { share_bps: number }, { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const [policy] = await service.listFundPolicies({}, { take: 1 })
    if (policy) return new StepResponse(await service.updateFundPolicies({ id: policy.id, share_bps: input.share_bps }), { id: policy.id, share_bps: policy.share_bps } as Undo)
    const created = await service.createFundPolicies({ share_bps: input.share_bps })
    return new StepResponse(created, { id: created.id, created: true } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    if (undo.created) await service.deleteFundPolicies(undo.id)
    else await service.updateFundPolicies({ id: undo.id, share_bps: undo.share_bps })
  }
)
