import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setFundPolicyStep } from "../steps/set-fund-policy"

export type SetFundPolicyInput = { share_bps: number }

export const setFundPolicyWorkflowId = "set-fund-policy"

export const setFundPolicyWorkflow = createWorkflow(setFundPolicyWorkflowId, (input: SetFundPolicyInput) => {
  return new WorkflowResponse(setFundPolicyStep(input))
})
