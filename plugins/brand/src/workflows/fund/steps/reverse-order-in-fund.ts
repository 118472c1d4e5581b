import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import type { ReverseInFund } from "../../../modules/brand/service"

export type ReverseOrderInFundStepInput = ReverseInFund

export const reverseOrderInFundStepId = "reverse-order-in-fund"

export const reverseOrderInFundStep = createStep(
  reverseOrderInFundStepId,
  async (input: ReverseOrderInFundStepInput, { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const entry = await service.reverseOrderInFund(input)
    return new StepResponse(entry, entry?.id ?? null)
  },
  async (id, { container }) => {
    if (!id) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    await service.deleteFundEntries(id)
  }
)
