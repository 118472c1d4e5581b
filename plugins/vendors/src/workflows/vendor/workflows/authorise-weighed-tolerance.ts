import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updatePaymentCollectionStep } from "@medusajs/medusa/core-flows"
import { planWeighedAuthorisationStep } from "../steps/plan-weighed-authorisation"

export type AuthoriseWeighedToleranceInput = { payment_collection_id: string; provider_id?: string }

export const authoriseWeighedToleranceWorkflowId = "authorise-weighed-tolerance"

/**
 * Before Medusa creates a payment session (whose amount is its collection's), the collection asks
 * for the cart's total plus, for a card, the tolerance of the products sold by weight.
 */
export const authoriseWeighedToleranceWorkflow = createWorkflow(authoriseWeighedToleranceWorkflowId, (input: AuthoriseWeighedToleranceInput) => {
  const plan = planWeighedAuthorisationStep(input)
  when({ plan }, ({ plan }) => plan !== null).then(() => {
    updatePaymentCollectionStep(transform({ plan }, ({ plan }) => ({ selector: { id: plan!.id }, update: { amount: plan!.amount } })))
  })
  return new WorkflowResponse(plan)
})
