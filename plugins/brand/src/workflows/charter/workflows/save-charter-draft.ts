import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { saveCharterDraftStep, SaveCharterDraftStepInput } from "../steps/save-charter-draft"

export type SaveCharterDraftInput = SaveCharterDraftStepInput

export const saveCharterDraftWorkflowId = "save-charter-draft"

/** Coordinators write the next version of the charter before publishing it. */
export const saveCharterDraftWorkflow = createWorkflow(saveCharterDraftWorkflowId, (input: SaveCharterDraftInput) => {
  return new WorkflowResponse(saveCharterDraftStep(input))
})
