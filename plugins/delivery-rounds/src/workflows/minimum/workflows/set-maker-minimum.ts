import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setMakerMinimumStep } from "../steps/set-maker-minimum"

export type SetMakerMinimumInput = { vendor_id: string; minimum: { amount: number; below: "release" | "keep" } | null }

export const setMakerMinimumWorkflowId = "set-maker-round-minimum"

/** "Per ogni giro, almeno 30 €": the least a maker's part of a round must be worth, and what happens below it. */
export const setMakerMinimumWorkflow = createWorkflow(setMakerMinimumWorkflowId, (input: SetMakerMinimumInput) => {
  return new WorkflowResponse(setMakerMinimumStep(input))
})
