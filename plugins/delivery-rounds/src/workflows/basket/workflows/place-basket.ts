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
import { CARD_PROVIDER_ID } from "../../../lib/basket-card"
import { authoriseBasketCardAmountStep } from "../steps/authorise-basket-card-amount"
import { basketCardOutcomeStep } from "../steps/basket-card-outcome"
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
 * reason), the round's option for the basket's delivery, the basket's payment — on delivery, or the
 * saved card charged off session for what a card checkout authorises — then OUR round completion
 * (the drop, the makers' batches, stock — refused as for anyone). A card whose bank asks for the
 * resident (3-D Secure) leaves the priced cart waiting for them (see confirmBasketPlacement); a
 * declined card places nothing. Claimed once per basket × round first; if anything fails
 * everything is compensated — the card's authorisation cancelled, the claim too (see recordBasketFailure).
 */
export const placeBasketWorkflow = createWorkflow(placeBasketWorkflowId, (input: PlaceBasketInput) => {
  const placementId = claimBasketRoundStep(input)
  const sorted = sortBasketLinesStep(input)
  const prepared = when({ placementId, sorted }, ({ placementId, sorted }) => Boolean(placementId) && sorted.placed.length > 0).then(() => {
    const cart = createCartWorkflow.runAsStep({ input: transform({ sorted }, ({ sorted }) => sorted.cart as any) })
    addShippingMethodToCartWorkflow.runAsStep({
      input: transform({ cart, sorted }, ({ cart, sorted }) => ({ cart_id: cart.id, options: [{ id: sorted.option_id as string }] })),
    })
    const collection = createPaymentCollectionForCartWorkflow.runAsStep({ input: transform({ cart }, ({ cart }) => ({ cart_id: cart.id })) })
    const card = transform({ sorted }, ({ sorted }) => sorted.payment.kind === "saved_card")
    authoriseBasketCardAmountStep(transform({ collection, card }, ({ collection, card }) => ({ payment_collection_id: collection.id, provider_id: CARD_PROVIDER_ID, card })))
    createPaymentSessionsWorkflow.runAsStep({
      input: transform({ collection, sorted }, ({ collection, sorted }) =>
        sorted.payment.kind === "saved_card"
          ? {
              payment_collection_id: collection.id,
              provider_id: CARD_PROVIDER_ID,
              // Medusa's provider charges the card of the resident's account holder (their Stripe customer).
              customer_id: sorted.payment.customer_id,
              data: { payment_method: sorted.payment.payment_method_id, off_session: true, confirm: true, payment_method_types: ["card"] },
            }
          : { payment_collection_id: collection.id, provider_id: PAY_ON_DELIVERY }
      ),
    })
    const outcome = basketCardOutcomeStep(transform({ collection, card }, ({ collection, card }) => ({ payment_collection_id: collection.id, card })))
    return { cart, outcome }
  })
  const order = when({ prepared }, ({ prepared }) => Boolean(prepared) && prepared!.outcome !== "authentication_required").then(() =>
    completeRoundCartWorkflow.runAsStep({ input: transform({ prepared }, ({ prepared }) => ({ id: prepared!.cart.id })) })
  )
  when({ placementId }, ({ placementId }) => Boolean(placementId)).then(() => {
    recordBasketPlacementStep(
      transform({ placementId, sorted, order, prepared }, ({ placementId, sorted, order, prepared }) => {
        const waiting = prepared?.outcome === "authentication_required"
        return {
          placement_id: placementId as string,
          status: order?.id ? ("placed" as const) : waiting ? ("awaiting_confirmation" as const) : ("nothing_placed" as const),
          order_id: order?.id ?? null,
          cart_id: waiting ? prepared!.cart.id : null,
          placed: order?.id || waiting ? sorted.placed : [],
          left_out: sorted.left_out,
        }
      })
    )
    emitEventStep({ eventName: DeliveryEvents.BASKET_PLACED, data: transform({ placementId }, ({ placementId }) => ({ id: placementId })) }).config({ name: "emit-basket-placed" })
  })
  return new WorkflowResponse(
    transform({ placementId, order, prepared }, ({ placementId, order, prepared }) => ({
      placement_id: placementId,
      order_id: order?.id ?? null,
      ...(prepared?.outcome === "authentication_required" ? { awaiting_confirmation: true } : {}),
    }))
  )
})
