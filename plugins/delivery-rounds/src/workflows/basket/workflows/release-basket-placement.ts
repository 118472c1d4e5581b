import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, deletePaymentSessionsWorkflow, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { loadAwaitingPlacementStep } from "../steps/load-awaiting-placement"
import { recordBasketPlacementStep } from "../steps/record-basket-placement"
import { basketPlacementLockKey } from "./confirm-basket-placement"

export type ReleaseBasketPlacementInput = { placement_id: string; reason: string; line_reason: "not_confirmed" | "checkout_refused" | "card_removed" }

export const releaseBasketPlacementWorkflowId = "release-basket-placement"

/**
 * A basket that waited for its resident's confirmation and cannot be placed any more (the round
 * closed first, or refused it when confirmed): its card payment is cancelled through Medusa (the
 * PaymentIntent, and any authorisation the resident gave, released), nothing is ordered, and the
 * resident is told what was not placed and why. Nothing happens to a placement no longer waiting.
 */
export const releaseBasketPlacementWorkflow = createWorkflow(releaseBasketPlacementWorkflowId, (input: ReleaseBasketPlacementInput) => {
  const key = transform({ input }, ({ input }) => basketPlacementLockKey(input.placement_id))
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const placement = loadAwaitingPlacementStep(transform({ input }, ({ input }) => ({ placement_id: input.placement_id })))
  when({ placement }, ({ placement }) => Boolean(placement)).then(() => {
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "payment_collection.payment_sessions.id"],
      filters: { id: transform({ placement }, ({ placement }) => placement!.cart_id) },
    }).config({ name: "waiting-basket-cart" })
    deletePaymentSessionsWorkflow.runAsStep({
      input: transform({ carts }, ({ carts }) => ({ ids: ((carts[0] as any)?.payment_collection?.payment_sessions ?? []).map((s: any) => s.id) as string[] })),
    })
    recordBasketPlacementStep(
      transform({ placement, input }, ({ placement, input }) => ({
        placement_id: placement!.id,
        status: "failed" as const,
        order_id: null,
        cart_id: placement!.cart_id,
        placed: [],
        left_out: [...placement!.placed.map((l) => ({ ...l, reason: input.line_reason })), ...placement!.left_out],
        reason: input.reason,
      }))
    )
    emitEventStep({ eventName: DeliveryEvents.BASKET_PLACED, data: transform({ placement }, ({ placement }) => ({ id: placement!.id })) }).config({ name: "emit-basket-released" })
  })
  releaseLockStep({ key })
  return new WorkflowResponse(transform({ placement }, ({ placement }) => Boolean(placement)))
})
