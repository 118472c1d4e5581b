import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BrandEvents } from "../../events"
import { refreshProductBrandsWorkflow } from "../../product-brand/workflows/refresh-product-brands"
import { setFundPolicyStep } from "../steps/set-fund-policy"

export type SetFundPolicyInput = { share_bps: number }

export const setFundPolicyWorkflowId = "set-fund-policy"

export const setFundPolicyWorkflow = createWorkflow(setFundPolicyWorkflowId, (input: SetFundPolicyInput) => {
  const policy = setFundPolicyStep(input)
  // The fund's share is a line of every price breakdown.
  refreshProductBrandsWorkflow.runAsStep({ input: { all: true } })
  emitEventStep({ eventName: BrandEvents.FUND_POLICY_SET, data: input })
  return new WorkflowResponse(policy)
})
