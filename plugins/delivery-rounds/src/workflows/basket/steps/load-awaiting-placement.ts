import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { BASKET_MODULE } from "../../../modules/basket"
import type BasketModuleService from "../../../modules/basket/service"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const loadAwaitingPlacementStepId = "load-awaiting-basket-placement"

export type AwaitingPlacement = {
  id: string
  basket_id: string
  round_id: string
  cart_id: string
  placed: { variant_id: string; title: string; quantity: number }[]
  left_out: { variant_id: string; title: string; quantity: number; reason: string }[]
}

/**
 * A basket placement waiting for its resident to confirm the card payment. `customer_id` given (the
 * resident confirming): theirs only (404 as missing otherwise), still waiting, and its round still
 * taking orders. Without it (the round closing) null when nothing waits any more.
 */
export const loadAwaitingPlacementStep = createStep(loadAwaitingPlacementStepId, async (input: { placement_id: string; customer_id?: string }, { container }) => {
  const service: BasketModuleService = container.resolve(BASKET_MODULE)
  const [placement] = await service.listBasketPlacements({ id: input.placement_id }, { relations: ["basket"], take: 1 })
  const own = placement && (!input.customer_id || placement.basket.customer_id === input.customer_id)
  if (!own) {
    if (!input.customer_id) return new StepResponse<AwaitingPlacement | null>(null)
    throw refusal(MedusaError.Types.NOT_FOUND, "placement_not_found", `Basket placement ${input.placement_id} was not found`, "id")
  }
  if (placement.status !== "awaiting_confirmation" || !placement.cart_id) {
    if (!input.customer_id) return new StepResponse<AwaitingPlacement | null>(null)
    throw refusal(MedusaError.Types.NOT_ALLOWED, "placement_not_awaiting", `id: this basket's order is ${placement.status}, it waits for no confirmation`, "id")
  }
  if (input.customer_id) {
    const rounds: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const [round] = await rounds.listDeliveryRounds({ id: placement.round_id }, { take: 1 })
    if (!round || round.status !== "open" || new Date(round.cutoff_at).getTime() <= Date.now()) {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "confirmation_too_late", "id: the round closed its orders before the payment was confirmed", "id")
    }
  }
  return new StepResponse<AwaitingPlacement | null>({
    id: placement.id,
    basket_id: placement.basket.id,
    round_id: placement.round_id,
    cart_id: placement.cart_id,
    placed: (placement.placed ?? []) as AwaitingPlacement["placed"],
    left_out: (placement.left_out ?? []) as AwaitingPlacement["left_out"],
  })
})
