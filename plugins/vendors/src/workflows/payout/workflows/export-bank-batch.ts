import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { exportBankBatchStep } from "../steps/export-bank-batch"

export const exportBankBatchWorkflowId = "export-payout-bank-batch"

export const exportBankBatchWorkflow = createWorkflow(exportBankBatchWorkflowId, (input: { names: Record<string, string> }) => {
  return new WorkflowResponse(exportBankBatchStep(input))
})
