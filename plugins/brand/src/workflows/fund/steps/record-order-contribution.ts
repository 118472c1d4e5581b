import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"

export type RecordOrderContributionStepInput = { order_id: string; total_cents: number; roundup_cents: number }

export const recordOrderContributionStepId = "record-order-contribution"

/**
 * A paid order's share (of its total without the round-up) and the resident's round-up go into
 * the fund once; a replayed event finds them there and adds nothing.
 */
export const recordOrderContributionStep = createStep(
  recordOrderContributionStepId,
  async (input: RecordOrderContributionStepInput, { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const [existing] = await service.listFundEntries({ order_id: input.order_id, kind: "contribution" }, { take: 1 })
    if (existing) return new StepResponse(existing, [] as string[])
    const share = Math.round(((input.total_cents - input.roundup_cents) * (await service.fundShareBps())) / 10_000)
    const occurred_at = new Date()
    const entry = await service.createFundEntries({ kind: "contribution", amount: share, order_id: input.order_id, occurred_at })
    const created = [entry.id]
    if (input.roundup_cents > 0) {
      const roundup = await service.createFundEntries({ kind: "roundup", amount: input.roundup_cents, order_id: input.order_id, occurred_at })
      created.push(roundup.id)
    }
    return new StepResponse(entry, created)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    await service.deleteFundEntries(ids)
  }
)
