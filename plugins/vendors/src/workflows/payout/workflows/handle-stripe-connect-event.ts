import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PayoutEvents } from "../events"
import { applyAccountUpdateStep, type StripeEventInput } from "../steps/apply-account-update"
import { findStripeEventStep, recordStripeEventStep } from "../steps/record-stripe-event"

export const handleStripeConnectEventWorkflowId = "handle-stripe-connect-event"

/** A verified Stripe Connect event, applied at most once. */
export const handleStripeConnectEventWorkflow = createWorkflow(handleStripeConnectEventWorkflowId, (event: StripeEventInput) => {
  const seen = findStripeEventStep(event)
  const outcome = applyAccountUpdateStep(transform({ event, seen }, ({ event, seen }) => ({ event, seen })))
  recordStripeEventStep(transform({ event, outcome }, ({ event, outcome }) => ({ event, outcome })))
  when({ outcome }, ({ outcome }) => outcome === "applied").then(() => {
    emitEventStep({ eventName: PayoutEvents.ACCOUNT_UPDATED, data: transform({ event }, ({ event }) => ({ stripe_account_id: event.data.object.id })) })
  })
  return new WorkflowResponse(outcome)
})
