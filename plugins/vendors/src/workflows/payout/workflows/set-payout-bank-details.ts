import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setPayoutBankDetailsStep } from "../steps/set-payout-bank-details"

export const setPayoutBankDetailsWorkflowId = "set-payout-bank-details"

export const setPayoutBankDetailsWorkflow = createWorkflow(setPayoutBankDetailsWorkflowId, (input: { vendor_id: string; iban: string; account_holder: string }) => {
  return new WorkflowResponse(setPayoutBankDetailsStep(input))
})
