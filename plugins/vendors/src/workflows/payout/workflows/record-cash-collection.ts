import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { fromCents } from "../../../lib/money"
import { findCashPaymentStep } from "../steps/find-cash-payment"

export const recordCashCollectionWorkflowId = "record-cash-collection"

export type RecordCashCollectionInput = { order_id: string; amount: number; collected_by?: string }

/** Cash taken at the door by the volunteer: the order's pay-on-delivery payment is captured. */
export const recordCashCollectionWorkflow = createWorkflow(recordCashCollectionWorkflowId, (input: RecordCashCollectionInput) => {
  const found = findCashPaymentStep(input)
  when({ found }, ({ found }) => Boolean(found.payment_id)).then(() => {
    capturePaymentWorkflow.runAsStep({
      input: transform({ found, input }, ({ found, input }) => ({ payment_id: found.payment_id!, amount: fromCents(found.amount), captured_by: input.collected_by })),
    })
  })
  return new WorkflowResponse(found)
})
