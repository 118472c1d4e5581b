import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { basketLeadMs } from "../../../lib/basket-lead"
import { roundsServingBasket } from "../../../lib/basket-rounds"
import { BASKET_MODULE } from "../../../modules/basket"
import type BasketModuleService from "../../../modules/basket/service"

export const setBasketSkipStepId = "set-basket-skip"

type SkipInput = { customer_id: string; basket_id: string; round_id: string; skipped: boolean }
type Undo = { undo: "delete" | "create"; id: string; basket_id: string; round_id: string }

/**
 * Skips (or takes back the skip of) one upcoming round of the resident's own basket: only a round
 * that serves the basket and has not placed its baskets yet. Compensation undoes it.
 */
export const setBasketSkipStep = createStep(
  setBasketSkipStepId,
  async (input: SkipInput, { container }) => {
    const service: BasketModuleService = container.resolve(BASKET_MODULE)
    const [basket] = await service.listBaskets({ id: input.basket_id, customer_id: input.customer_id }, { relations: ["skips"], take: 1 })
    if (!basket) throw refusal(MedusaError.Types.NOT_FOUND, "basket_not_found", `Basket ${input.basket_id} was not found`, "basket_id")
    // Until the round's baskets are placed (its cutoff less the placing lead).
    const upcoming = await roundsServingBasket(container, basket, new Date(Date.now() + basketLeadMs(basket.payment)))
    if (!upcoming.some((r) => r.id === input.round_id)) {
      throw refusal(MedusaError.Types.INVALID_DATA, "round_not_upcoming", `round_id: round ${input.round_id} is not an upcoming round of this basket (its baskets are already placed, or it does not serve this one)`, "round_id")
    }
    const existing = basket.skips.find((s) => s.round_id === input.round_id)
    if (input.skipped && !existing) {
      const skip = await service.createBasketSkips({ basket_id: basket.id, round_id: input.round_id })
      return new StepResponse(true, { undo: "delete", id: skip.id, basket_id: basket.id, round_id: input.round_id } as Undo)
    }
    if (!input.skipped && existing) {
      await service.deleteBasketSkips(existing.id)
      return new StepResponse(true, { undo: "create", id: existing.id, basket_id: basket.id, round_id: input.round_id } as Undo)
    }
    return new StepResponse(false, null as Undo | null)
  },
  async (undo: Undo | null | undefined, { container }) => {
    if (!undo) return
    const service: BasketModuleService = container.resolve(BASKET_MODULE)
    if (undo.undo === "delete") await service.deleteBasketSkips(undo.id)
    else await service.createBasketSkips({ basket_id: undo.basket_id, round_id: undo.round_id })
  }
)
