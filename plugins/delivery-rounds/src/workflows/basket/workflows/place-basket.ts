import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { completeRoundCartWorkflow } from "../../checkout/workflows/complete-round-cart"
import { claimBasketRoundStep } from "../steps/claim-basket-round"
import { recordBasketPlacementStep } from "../steps/record-basket-placement"
import { sortBasketLinesStep } from "../steps/sort-basket-lines"

export type PlaceBasketInput = { basket_id: string; round_id: string }

export const placeBasketWorkflowId = "place-basket"

// Pay on delivery: Medusa's system provider (authorised at once; the cash is collected at the door).
const PAY_ON_DELIVERY = "pp_system_default"

/**
 * A weekly basket placed in a round just before its cutoff, through the resident's own checkout
 * path: a cart at today's prices with what the round can take (the rest left out, each with its
 * reason), the round's option for the basket's delivery, pay on delivery, then OUR round completion
 * (the drop, the makers' batches, stock — refused as for anyone). Claimed once per basket × round
 * first; if the completion fails everything is compensated, the claim too (see recordBasketFailure).
 */
export const placeBasketWorkflow = createWorkflow(placeBasketWorkflowId, (input: PlaceBasketInput) => {
  const placementId = claimBasketRoundStep(input)
  const sorted = sortBasketLinesStep(input)
  const order = when({ placementId, sorted }, ({ placementId, sorted }) => Boolean(placementId) && sorted.placed.length > 0).then(() => {
    const cart = createCartWorkflow.runAsStep({ input: transform({ sorted }, ({ sorted }) => sorted.cart as any) })
    addShippingMethodToCartWorkflow.runAsStep({
      input: transform({ cart, sorted }, ({ cart, sorted }) => ({ cart_id: cart.id, options: [{ id: sorted.option_id as string }] })),
    })
    const collection = createPaymentCollectionForCartWorkflow.runAsStep({ input: transform({ cart }, ({ cart }) => ({ cart_id: cart.id })) })
    createPaymentSessionsWorkflow.runAsStep({
      input: transform({ collection }, ({ collection }) => ({ payment_collection_id: collection.id, provider_id: PAY_ON_DELIVERY })),
    })
    return completeRoundCartWorkflow.runAsStep({ input: transform({ cart }, ({ cart }) => ({ id: cart.id })) })
  })
  when({ placementId }, ({ placementId }) => Boolean(placementId)).then(() => {
    recordBasketPlacementStep(
      transform({ placementId, sorted, order }, ({ placementId, sorted, order }) => ({
        placement_id: placementId as string,
        status: order?.id ? ("placed" as const) : ("nothing_placed" as const),
        order_id: order?.id ?? null,
        placed: order?.id ? sorted.placed : [],
        left_out: sorted.left_out,
      }))
    )
    emitEventStep({ eventName: DeliveryEvents.BASKET_PLACED, data: transform({ placementId }, ({ placementId }) => ({ id: placementId })) }).config({ name: "emit-basket-placed" })
  })
  return new WorkflowResponse(transform({ placementId, order }, ({ placementId, order }) => ({ placement_id: placementId, order_id: order?.id ?? null })))
})
