import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"

export type WithdrawFromFundStepInput = {
  amount: number
  purpose: string
  beneficiary_project: string
  occurred_at: Date | string
}

export const withdrawFromFundStepId = "withdraw-from-fund"

export const withdrawFromFundStep = createStep(
  withdrawFromFundStepId,
  async (input: WithdrawFromFundStepInput, { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const entry = await service.withdrawFromFund({ kind: "disbursement", ...input, occurred_at: new Date(input.occurred_at) })
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    await service.deleteFundEntries(id)
  }
)
