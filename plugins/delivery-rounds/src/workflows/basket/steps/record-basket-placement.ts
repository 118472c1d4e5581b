import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BASKET_MODULE } from "../../../modules/basket"
import type BasketModuleService from "../../../modules/basket/service"

export const recordBasketPlacementStepId = "record-basket-placement"

export type BasketPlacementRecord = {
  placement_id: string
  status: "placed" | "nothing_placed" | "failed"
  order_id?: string | null
  placed: unknown[]
  left_out: unknown[]
  reason?: string | null
}

/** What the cutoff did with the basket, on its claimed placement; compensation puts the claim back as it was. */
export const recordBasketPlacementStep = createStep(
  recordBasketPlacementStepId,
  async (input: BasketPlacementRecord, { container }) => {
    const service: BasketModuleService = container.resolve(BASKET_MODULE)
    const { placement_id, ...fields } = input
    await service.updateBasketPlacements({ id: placement_id, ...fields } as any)
    return new StepResponse(placement_id, placement_id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: BasketModuleService = container.resolve(BASKET_MODULE)
    await service.updateBasketPlacements({ id, status: "placing", order_id: null, placed: null, left_out: null, reason: null } as any)
  }
)
