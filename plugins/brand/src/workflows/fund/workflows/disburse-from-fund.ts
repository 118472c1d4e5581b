import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BrandEvents } from "../../events"
import { withdrawFromFundStep, WithdrawFromFundStepInput } from "../steps/withdraw-from-fund"

export type DisburseFromFundInput = WithdrawFromFundStepInput

export const disburseFromFundWorkflowId = "disburse-from-fund"

/** Coordinators record what the fund paid for; never more than it holds. */
export const disburseFromFundWorkflow = createWorkflow(disburseFromFundWorkflowId, (input: DisburseFromFundInput) => {
  const entry = withdrawFromFundStep(input)
  emitEventStep({ eventName: BrandEvents.FUND_DISBURSEMENT, data: transform({ entry }, ({ entry }) => ({ id: entry.id })) })
  return new WorkflowResponse(entry)
})
