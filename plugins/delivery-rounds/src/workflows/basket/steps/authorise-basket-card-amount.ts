import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WorkflowManager } from "@medusajs/framework/orchestration"
import { Modules } from "@medusajs/framework/utils"

export const authoriseBasketCardAmountStepId = "authorise-basket-card-amount"

// @rbv/vendors' workflow that makes a card collection ask for the estimate of the products sold by
// weight plus their tolerance (what the checkout's card session asks, through the store route).
const WEIGHED_TOLERANCE_WORKFLOW = "authorise-weighed-tolerance"

/**
 * A basket paid by card authorises what a resident's card checkout authorises: with the weighed
 * products' tolerance when @rbv/vendors sells by weight (run by its id: this plugin does not need it).
 */
export const authoriseBasketCardAmountStep = createStep(authoriseBasketCardAmountStepId, async (input: { payment_collection_id: string; provider_id: string; card: boolean }, { container }) => {
  if (!input.card || !WorkflowManager.getWorkflow(WEIGHED_TOLERANCE_WORKFLOW)) return new StepResponse(null)
  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  const { result } = await engine.run(WEIGHED_TOLERANCE_WORKFLOW, { input: { payment_collection_id: input.payment_collection_id, provider_id: input.provider_id } })
  return new StepResponse(result ?? null)
})
