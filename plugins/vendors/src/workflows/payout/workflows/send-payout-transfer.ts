import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PayoutEvents } from "../events"
import { settlePayoutStep } from "../steps/settle-payout"
import { transferPayoutStep } from "../steps/transfer-payout"

export const sendPayoutTransferWorkflowId = "send-payout-transfer"

/** Pays one Stripe payout (or finds it already paid) and records it; safe to run again. */
export const sendPayoutTransferWorkflow = createWorkflow(sendPayoutTransferWorkflowId, (input: { payout_id: string }) => {
  const outcome = transferPayoutStep(input)
  settlePayoutStep(outcome)
  when({ outcome }, ({ outcome }) => outcome.status === "paid").then(() => {
    emitEventStep({ eventName: PayoutEvents.PAYOUT_PAID, data: transform({ outcome }, ({ outcome }) => ({ id: outcome.payout_id })) })
  })
  return new WorkflowResponse(outcome)
})
