import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assignVoucherStep } from "../steps/assign-voucher"

export type AssignVoucherInput = { id: string; beneficiary: string }

export const assignVoucherWorkflowId = "assign-voucher"

export const assignVoucherWorkflow = createWorkflow(assignVoucherWorkflowId, (input: AssignVoucherInput) => {
  return new WorkflowResponse(assignVoucherStep(input))
})
