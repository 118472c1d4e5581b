import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { detachSavedCardStep } from "../steps/detach-saved-card"
import { findSavedCardStep } from "../steps/find-saved-card"
import { moveBasketsOffCardStep } from "../steps/move-baskets-off-card"
import { releaseOrdersWaitingOnCardStep } from "../steps/release-orders-waiting-on-card"

export type RemoveSavedCardInput = { customer_id: string; payment_method_id: string }

export const removeSavedCardWorkflowId = "remove-saved-card"

/**
 * A resident removes a saved card: theirs only; each basket it paid goes on paid on delivery; an
 * order of those baskets still waiting for the resident to confirm its payment with that card is
 * released (nothing charged, the resident told); then the card is detached through Medusa's payment
 * module (the last step: Stripe cannot be undone, the baskets can — if the detach fails they keep the card).
 */
export const removeSavedCardWorkflow = createWorkflow(removeSavedCardWorkflowId, (input: RemoveSavedCardInput) => {
  const found = findSavedCardStep(input)
  const moved = moveBasketsOffCardStep(input)
  const released = releaseOrdersWaitingOnCardStep(transform({ moved }, ({ moved }) => ({ basket_ids: moved })))
  detachSavedCardStep(transform({ found }, ({ found }) => ({ payment_method_id: found.payment_method_id, account_holder: found.account_holder })))
  return new WorkflowResponse(
    transform({ moved, released, input }, ({ moved, released, input }) => ({ id: input.payment_method_id, baskets_moved_to_pay_on_delivery: moved, waiting_orders_released: released }))
  )
})
