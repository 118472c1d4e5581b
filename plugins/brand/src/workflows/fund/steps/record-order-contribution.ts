import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"

export const recordOrderContributionStepId = "record-order-contribution"

/** A paid order's share goes into the fund once; a replayed event finds it there and adds nothing. */
export const recordOrderContributionStep = createStep(
  recordOrderContributionStepId,
  async (input: { order_id: string; total_cents: number }, { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const [existing] = await service.listFundEntries({ order_id: input.order_id, kind: "contribution" }, { take: 1 })
    if (existing) return new StepResponse(existing, null)
    const share = Math.round((input.total_cents * (await service.fundShareBps())) / 10_000)
    const entry = await service.createFundEntries({
      kind: "contribution",
      amount: share,
      order_id: input.order_id,
      occurred_at: new Date(),
    })
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    await service.deleteFundEntries(id)
  }
)
