import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BASKET_MODULE } from "../../../modules/basket"
import type BasketModuleService from "../../../modules/basket/service"

export const claimBasketRoundStepId = "claim-basket-round"

/**
 * The one placement of a basket in a round, claimed before anything is placed: the unique index
 * (basket, round) lets one claim through; a second close, a retry or a second server gets null
 * and places nothing. Compensation gives the claim back, so a placement that failed can be told.
 */
export const claimBasketRoundStep = createStep(
  claimBasketRoundStepId,
  async (input: { basket_id: string; round_id: string }, { container }) => {
    const service: BasketModuleService = container.resolve(BASKET_MODULE)
    const claimed = await service
      .createBasketPlacements({ basket_id: input.basket_id, round_id: input.round_id, status: "placing" })
      .catch((error: Error) => {
        if (/unique|duplicate|already exists/i.test(error.message)) return null
        throw error
      })
    return new StepResponse(claimed ? claimed.id : null, claimed?.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: BasketModuleService = container.resolve(BASKET_MODULE)
    await service.deleteBasketPlacements(id)
  }
)
