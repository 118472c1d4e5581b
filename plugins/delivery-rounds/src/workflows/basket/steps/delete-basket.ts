import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { BASKET_MODULE } from "../../../modules/basket"
import type BasketModuleService from "../../../modules/basket/service"

export const deleteBasketStepId = "delete-basket"

/** The resident's own basket stops (soft-deleted with its lines and skips; what it placed stays); compensation restores it. */
export const deleteBasketStep = createStep(
  deleteBasketStepId,
  async (input: { customer_id: string; basket_id: string }, { container }) => {
    const service: BasketModuleService = container.resolve(BASKET_MODULE)
    const [basket] = await service.listBaskets({ id: input.basket_id, customer_id: input.customer_id }, { take: 1 })
    if (!basket) throw refusal(MedusaError.Types.NOT_FOUND, "basket_not_found", `Basket ${input.basket_id} was not found`, "basket_id")
    await service.softDeleteBaskets(basket.id)
    return new StepResponse(basket.id, basket.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: BasketModuleService = container.resolve(BASKET_MODULE)
    await service.restoreBaskets(id)
  }
)
