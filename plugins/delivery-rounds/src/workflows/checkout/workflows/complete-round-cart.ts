import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { attachBatchClaimsStep } from "../steps/attach-batch-claims"
import { attachDropClaimStep } from "../steps/attach-drop-claim"
import { createOrderStopStep, ORDER_STOP_FIELDS, type OrderForStop } from "../steps/create-order-stop"
import { takeBatchUnitsStep } from "../steps/take-batch-units"
import { takeRoundDropStep } from "../steps/take-round-drop"
import { validateRoundCheckoutStep, type RoundCheckout, type RoundCheckoutCart } from "../steps/validate-round-checkout"

export type CompleteRoundCartInput = { id: string }

export const completeRoundCartWorkflowId = "complete-delivery-round-cart"

const CART_FIELDS = ["id", "items.id", "items.product_id", "items.quantity", "shipping_methods.shipping_option_id", "shipping_address.*"]

/**
 * A resident's checkout for a delivery round: Medusa's own cart completion, with what the round
 * must hold for it taken first — one drop of a home round, the units of each maker's batch — each
 * given back by its compensation if the order is not placed — then the order joins its door's stop
 * (`order.placed` ensures the stop too, for carts completed by Medusa's payment webhook).
 * Run it through `completeRoundCart`, which holds the cart's lock around it (Medusa's own lock
 * step is skipped inside a parent workflow): two clicks take the round's units once, the second
 * finds the order.
 */
export const completeRoundCartWorkflow = createWorkflow(completeRoundCartWorkflowId, (input: CompleteRoundCartInput) => {
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: CART_FIELDS,
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "round-checkout-cart" })
  const { data: links } = useQueryGraphStep({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: input.id } }).config({
    name: "round-checkout-order",
  })
  const checkout = validateRoundCheckoutStep(
    transform({ carts, links }, ({ carts, links }) => ({ cart: carts[0], completed_order_id: links[0]?.order_id ?? null }))
  )
  when({ checkout }, ({ checkout }) => Boolean(checkout?.takes_drop)).then(() => {
    takeRoundDropStep(transform({ checkout, input }, ({ checkout, input }) => ({ round_id: (checkout as RoundCheckout).round_id, cart_id: input.id })))
  })
  const claimIds = when({ checkout }, ({ checkout }) => Boolean(checkout)).then(() =>
    takeBatchUnitsStep(transform({ checkout }, ({ checkout }) => checkout as RoundCheckout))
  )
  const order = completeCartWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ id: input.id })) })
  attachBatchClaimsStep(transform({ claimIds, order }, ({ claimIds, order }) => ({ claim_ids: claimIds ?? [], order_id: order.id })))
  // The order joins its door's stop here, under the cart's lock, knowing whether it took a drop:
  // a door another checkout made a stop of in the meantime gives that drop back.
  when({ checkout }, ({ checkout }) => Boolean(checkout)).then(() => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ORDER_STOP_FIELDS,
      filters: { id: order.id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "round-checkout-placed-order" })
    createOrderStopStep(
      transform({ orders, checkout, input }, ({ orders, checkout, input }) => ({
        order: orders[0],
        drop_taken: Boolean(checkout?.takes_drop),
        cart_id: input.id,
      }))
    )
  })
  when({ checkout }, ({ checkout }) => Boolean(checkout?.takes_drop)).then(() => {
    attachDropClaimStep(
      transform({ checkout, input, order }, ({ checkout, input, order }) => ({ round_id: (checkout as RoundCheckout).round_id, cart_id: input.id, order_id: order.id }))
    )
  })
  return new WorkflowResponse(order)
})
