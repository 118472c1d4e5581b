import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteBasketStep } from "../steps/delete-basket"

export type DeleteBasketInput = { customer_id: string; basket_id: string }

export const deleteBasketWorkflowId = "delete-basket"

export const deleteBasketWorkflow = createWorkflow(deleteBasketWorkflowId, (input: DeleteBasketInput) => new WorkflowResponse(deleteBasketStep(input)))
