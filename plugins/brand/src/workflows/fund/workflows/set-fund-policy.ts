import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BrandEvents } from "../../events"
import { setFundPolicyStep } from "../steps/set-fund-policy"

export type SetFundPolicyInput = { share_bps: number }

export const setFundPolicyWorkflowId = "set-fund-policy"

export const setFundPolicyWorkflow = createWorkflow(setFundPolicyWorkflowId, (input: SetFundPolicyInput) => {
  const policy = setFundPolicyStep(input)
  emitEventStep({ eventName: BrandEvents.FUND_POLICY_SET, data: input })
  return new WorkflowResponse(policy)
})
