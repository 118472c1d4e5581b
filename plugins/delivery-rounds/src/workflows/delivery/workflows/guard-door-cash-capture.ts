import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateDoorCashCaptureStep } from "../steps/validate-door-cash-capture"

export const guardDoorCashCaptureWorkflowId = "guard-door-cash-capture"

/** Before Medusa's own capture of a payment (admin): no cash recorded for an order paid at the door once its round has left and before it is delivered. */
export const guardDoorCashCaptureWorkflow = createWorkflow(guardDoorCashCaptureWorkflowId, (input: { payment_id: string; user_id?: string }) => {
  return new WorkflowResponse(validateDoorCashCaptureStep(input))
})
