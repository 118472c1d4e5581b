import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BrandEvents } from "../../events"
import { reviewCertificationStep, ReviewCertificationStepInput } from "../steps/review-certification"

export type ReviewCertificationInput = ReviewCertificationStepInput

export const reviewCertificationWorkflowId = "review-certification"

export const reviewCertificationWorkflow = createWorkflow(reviewCertificationWorkflowId, (input: ReviewCertificationInput) => {
  const certification = reviewCertificationStep(input)
  emitEventStep({
    eventName: BrandEvents.CERTIFICATION_REVIEWED,
    data: transform({ certification }, ({ certification }) => ({ id: certification.id, status: certification.status })),
  })
  return new WorkflowResponse(certification)
})
