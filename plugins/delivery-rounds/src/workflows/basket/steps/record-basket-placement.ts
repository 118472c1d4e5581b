import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BASKET_MODULE } from "../../../modules/basket"
import type BasketModuleService from "../../../modules/basket/service"

export const recordBasketPlacementStepId = "record-basket-placement"

export type BasketPlacementRecord = {
  placement_id: string
  status: "awaiting_confirmation" | "placed" | "nothing_placed" | "failed"
  order_id?: string | null
  cart_id?: string | null
  placed: unknown[]
  left_out: unknown[]
  reason?: string | null
}

const FIELDS = ["status", "order_id", "cart_id", "placed", "left_out", "reason"] as const

/** What the cutoff (or the resident's confirmation) did with the basket, on its claimed placement; compensation puts back what was there. */
export const recordBasketPlacementStep = createStep(
  recordBasketPlacementStepId,
  async (input: BasketPlacementRecord, { container }) => {
    const service: BasketModuleService = container.resolve(BASKET_MODULE)
    const { placement_id, ...fields } = input
    const before = await service.retrieveBasketPlacement(placement_id)
    await service.updateBasketPlacements({ id: placement_id, ...fields } as any)
    return new StepResponse(placement_id, { id: placement_id, ...Object.fromEntries(FIELDS.map((k) => [k, (before as any)[k] ?? null])) })
  },
  async (before, { container }) => {
    if (!before) return
    const service: BasketModuleService = container.resolve(BASKET_MODULE)
    await service.updateBasketPlacements(before as any)
  }
)
