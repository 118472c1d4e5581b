import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planPaymentCaptureStep, type PaymentCaptureInput } from "../steps/plan-payment-capture"
import { setCaptureAmountStep } from "../steps/set-capture-amount"

export const boundPaymentCaptureWorkflowId = "bound-payment-capture"

/**
 * Before Medusa's own capture of a payment (admin): refused while weighed lines wait for their
 * weights or when more than what is due is asked; a card is then told to capture exactly the
 * amount asked (Medusa's Stripe provider would otherwise take the whole authorisation).
 */
export const boundPaymentCaptureWorkflow = createWorkflow(boundPaymentCaptureWorkflowId, (input: PaymentCaptureInput) => {
  const plan = planPaymentCaptureStep(input)
  when({ plan }, ({ plan }) => plan !== null).then(() => {
    setCaptureAmountStep(transform({ plan }, ({ plan }) => plan!))
  })
  return new WorkflowResponse(plan)
})
