import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export type PriceChange = {
  vendor_id: string
  member_id: string
  product_id: string
  variant_id: string
  variant_title: string
  currency_code: string
  previous_amount: number
  amount: number
}

export const recordPriceChangesStepId = "record-price-changes"

/** Who changed which price, from what to what; undone if the price itself could not be changed. */
export const recordPriceChangesStep = createStep(
  recordPriceChangesStepId,
  async (changes: PriceChange[], { container }) => {
    if (!changes.length) return new StepResponse([], [] as string[])
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const created = await service.createVariantPriceChanges(changes)
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.deleteVariantPriceChanges(ids)
  }
)
