import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshPaymentCollectionForCartWorkflow, removeShippingMethodFromCartStep } from "@medusajs/medusa/core-flows"
import { findRefusedRoundChoicesStep } from "../steps/find-refused-round-choices"

export const dropRefusedRoundChoiceWorkflowId = "drop-refused-round-choice"

/**
 * After a resident changes how they receive the order (home ↔ pickup, another street): a round
 * choice its round no longer takes leaves the cart, so its fee leaves the total the checkout shows
 * and the payment collection holds. Medusa's own refresh on address change keeps it, because the
 * round's shipping option is valid country-wide; the round's zone and capacity are ours.
 */
export const dropRefusedRoundChoiceWorkflow = createWorkflow(dropRefusedRoundChoiceWorkflowId, (input: { cart_id: string }) => {
  const refused = findRefusedRoundChoicesStep(input)
  when({ refused }, ({ refused }) => refused.length > 0).then(() => {
    removeShippingMethodFromCartStep(transform({ refused }, ({ refused }) => ({ shipping_method_ids: refused.map((r) => r.shipping_method_id) })))
    refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  })
  return new WorkflowResponse(refused)
})
