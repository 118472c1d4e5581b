import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BrandEvents } from "../../events"
import { reverseOrderInFundStep, ReverseOrderInFundStepInput } from "../steps/reverse-order-in-fund"

export type ReverseOrderInFundInput = ReverseOrderInFundStepInput

export const reverseOrderInFundWorkflowId = "reverse-order-in-fund"

/** A cancelled or refunded order gives back what it brought into the fund, never below zero. */
export const reverseOrderInFundWorkflow = createWorkflow(reverseOrderInFundWorkflowId, (input: ReverseOrderInFundInput) => {
  const entry = reverseOrderInFundStep(input)
  when({ entry }, ({ entry }) => !!entry).then(() => {
    emitEventStep({ eventName: BrandEvents.FUND_REVERSAL, data: transform({ entry }, ({ entry }) => ({ id: entry!.id })) })
  })
  return new WorkflowResponse(entry)
})
