import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setBasketSkipStep } from "../steps/set-basket-skip"

export type SetBasketSkipInput = { customer_id: string; basket_id: string; round_id: string; skipped: boolean }

export const setBasketSkipWorkflowId = "set-basket-skip"

export const setBasketSkipWorkflow = createWorkflow(setBasketSkipWorkflowId, (input: SetBasketSkipInput) => new WorkflowResponse(setBasketSkipStep(input)))
