import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

export type NewPayoutItem = {
  vendor_id: string
  kind: "sale" | "refund" | "carry"
  source_id: string
  order_id: string | null
  parent_order_id: string | null
  currency_code: string
  gross: number
  commission: number
  fund_share?: number
  delivery_share?: number
  net: number
  eligible_at: Date
}

export const createPayoutItemsStepId = "create-payout-items"

/** Adds what a maker is owed; an item already recorded for the same reason is left as it is. */
export const createPayoutItemsStep = createStep(
  createPayoutItemsStepId,
  async (items: NewPayoutItem[], { container }) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    if (!items.length) return new StepResponse([], [])
    const existing = await service.listPayoutItems({ $or: items.map((i) => ({ kind: i.kind, source_id: i.source_id })) })
    const known = new Set(existing.map((i) => `${i.kind}|${i.source_id}`))
    const fresh = items.filter((i) => !known.has(`${i.kind}|${i.source_id}`))
    const created = fresh.length ? await service.createPayoutItems(fresh) : []
    return new StepResponse(created, created.map((i) => i.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    await service.deletePayoutItems(ids)
  }
)
