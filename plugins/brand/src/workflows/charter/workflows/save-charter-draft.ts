import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { carryCriterionTranslationsStep } from "../steps/carry-criterion-translations"
import { saveCharterDraftStep, SaveCharterDraftStepInput } from "../steps/save-charter-draft"

export type SaveCharterDraftInput = SaveCharterDraftStepInput

export const saveCharterDraftWorkflowId = "save-charter-draft"

/** Coordinators write the next version of the charter before publishing it. */
export const saveCharterDraftWorkflow = createWorkflow(saveCharterDraftWorkflowId, (input: SaveCharterDraftInput) => {
  const saved = saveCharterDraftStep(input)
  carryCriterionTranslationsStep(transform({ saved }, ({ saved }) => ({ from_id: saved.previous_id, to: saved.charter })))
  return new WorkflowResponse(transform({ saved }, ({ saved }) => saved.charter))
})
