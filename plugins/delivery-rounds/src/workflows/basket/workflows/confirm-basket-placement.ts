import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { completeRoundCartWorkflow } from "../../checkout/workflows/complete-round-cart"
import { loadAwaitingPlacementStep } from "../steps/load-awaiting-placement"
import { recordBasketPlacementStep } from "../steps/record-basket-placement"
import { reopenBasketCardSessionStep } from "../steps/reopen-basket-card-session"

export type ConfirmBasketPlacementInput = { customer_id: string; placement_id: string }

export const confirmBasketPlacementWorkflowId = "confirm-basket-placement"

export const basketPlacementLockKey = (placementId: string) => `basket-placement:${placementId}`

/**
 * The resident confirmed with their bank (Stripe.js, 3-D Secure) the card payment of a basket that
 * waited for them: its cart goes through OUR round completion — the payment authorised there, the
 * drop, batches and stock taken as at any checkout — and the placement records the order. One
 * at a time per placement (a second confirmation — the page's or Stripe's webhook — or the round
 * closing, waits and finds it done).
 */
export const confirmBasketPlacementWorkflow = createWorkflow(confirmBasketPlacementWorkflowId, (input: ConfirmBasketPlacementInput) => {
  const key = transform({ input }, ({ input }) => basketPlacementLockKey(input.placement_id))
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const placement = loadAwaitingPlacementStep(input)
  // The cart's own lock too (the key Medusa's completion and payment webhook take): the webhook's
  // completion of this cart waits, then finds the order (or the session still refused before).
  const cartKey = transform({ placement }, ({ placement }) => placement!.cart_id)
  acquireLockStep({ key: cartKey, timeout: 30, ttl: 120 }).config({ name: "lock-waiting-basket-cart" })
  reopenBasketCardSessionStep(transform({ placement }, ({ placement }) => ({ cart_id: placement!.cart_id })))
  const order = completeRoundCartWorkflow.runAsStep({ input: transform({ placement }, ({ placement }) => ({ id: placement!.cart_id })) })
  recordBasketPlacementStep(
    transform({ placement, order }, ({ placement, order }) => ({
      placement_id: placement!.id,
      status: "placed" as const,
      order_id: order.id,
      cart_id: placement!.cart_id,
      placed: placement!.placed,
      left_out: placement!.left_out,
    }))
  )
  emitEventStep({ eventName: DeliveryEvents.BASKET_PLACED, data: transform({ placement }, ({ placement }) => ({ id: placement!.id })) })
  releaseLockStep({ key: cartKey }).config({ name: "unlock-waiting-basket-cart" })
  releaseLockStep({ key })
  return new WorkflowResponse(transform({ placement, order }, ({ placement, order }) => ({ placement_id: placement!.id, order_id: order.id as string })))
})
