import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { prepareBasketStep, type BasketPatch } from "../steps/prepare-basket"
import { writeBasketStep } from "../steps/write-basket"

export type SaveBasketInput = { customer_id: string; basket_id?: string; sales_channel_id?: string | null; patch: BasketPatch }

export const saveBasketWorkflowId = "save-basket"

/** Creates a resident's basket (from their cart or its parts) or changes theirs: lines, cadence, delivery, pause/resume. */
export const saveBasketWorkflow = createWorkflow(saveBasketWorkflowId, (input: SaveBasketInput) => {
  const basket = prepareBasketStep(input)
  const saved = writeBasketStep(transform({ input, basket }, ({ input, basket }) => ({ basket_id: input.basket_id, basket })))
  return new WorkflowResponse(saved)
})
