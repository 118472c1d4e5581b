import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BrandEvents } from "../../events"
import { refreshProductBrandsWorkflow } from "../../product-brand/workflows/refresh-product-brands"
import { reviewCertificationStep, ReviewCertificationStepInput } from "../steps/review-certification"

export type ReviewCertificationInput = ReviewCertificationStepInput

export const reviewCertificationWorkflowId = "review-certification"

export const reviewCertificationWorkflow = createWorkflow(reviewCertificationWorkflowId, (input: ReviewCertificationInput) => {
  const certification = reviewCertificationStep(input)
  // The shop's products show (or lose) the mark in the store API the moment the review is saved.
  refreshProductBrandsWorkflow.runAsStep({ input: transform({ certification }, ({ certification }) => ({ vendor_ids: [certification.vendor_id] })) })
  emitEventStep({
    eventName: BrandEvents.CERTIFICATION_REVIEWED,
    data: transform({ certification }, ({ certification }) => ({ id: certification.id, status: certification.status })),
  })
  return new WorkflowResponse(certification)
})
