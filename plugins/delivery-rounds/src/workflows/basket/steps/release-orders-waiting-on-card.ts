import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BASKET_MODULE } from "../../../modules/basket"
import type BasketModuleService from "../../../modules/basket/service"
import { releaseBasketPlacementWorkflow } from "../workflows/release-basket-placement"

export const releaseOrdersWaitingOnCardStepId = "release-orders-waiting-on-card"

export const CARD_REMOVED_REASON = "card_removed: the resident removed the saved card the order waited to be confirmed with"

/**
 * The orders of the resident's baskets still waiting for them to confirm a payment with the card
 * they remove are released at once: the payment cancelled through Medusa (nothing charged), nothing
 * ordered, the resident told. Removing a card says "do not charge it"; a cash delivery they did not
 * ask for this round would be a surprise, and the round still takes their ordinary order until its
 * cutoff. Each release takes the placement's lock, so a confirmation racing it either placed first
 * (then nothing waits here) or finds the placement released.
 *
 * No compensation: a cancelled PaymentIntent cannot be taken back. This step runs before the card
 * is detached, so if detaching fails the resident keeps their card and baskets (compensated) and
 * the released order stays released — nothing charged, told — rather than an order left waiting on
 * a card that is gone.
 */
export const releaseOrdersWaitingOnCardStep = createStep(releaseOrdersWaitingOnCardStepId, async (input: { basket_ids: string[] }, { container }) => {
  if (!input.basket_ids.length) return new StepResponse([] as string[])
  const service: BasketModuleService = container.resolve(BASKET_MODULE)
  const waiting = await service.listBasketPlacements({ basket_id: input.basket_ids, status: "awaiting_confirmation" }, { take: null })
  const released: string[] = []
  for (const placement of waiting) {
    const { result } = await releaseBasketPlacementWorkflow(container).run({
      input: { placement_id: placement.id, reason: CARD_REMOVED_REASON, line_reason: "card_removed" },
    })
    if (result) released.push(placement.id)
  }
  return new StepResponse(released)
})
