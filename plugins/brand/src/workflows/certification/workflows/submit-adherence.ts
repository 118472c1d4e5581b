import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { Adherence } from "../../../modules/brand/service"
import { BrandEvents } from "../../events"
import { upsertCertificationStep } from "../steps/upsert-certification"
import { validateAdherenceStep } from "../steps/validate-adherence"

export type SubmitAdherenceInput = { vendor_id: string; adherence: Adherence[] }

export const submitAdherenceWorkflowId = "submit-adherence"

/** An artisan declares how the shop meets each criterion of the charter in force. */
export const submitAdherenceWorkflow = createWorkflow(submitAdherenceWorkflowId, (input: SubmitAdherenceInput) => {
  const checked = validateAdherenceStep(input)
  const certification = upsertCertificationStep(
    transform({ input, checked }, ({ input, checked }) => ({ ...input, ...checked }))
  )
  emitEventStep({
    eventName: BrandEvents.CERTIFICATION_SUBMITTED,
    data: transform({ certification }, ({ certification }) => ({ id: certification.id })),
  })
  return new WorkflowResponse(certification)
})
