import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BrandEvents } from "../../events"
import { refreshProductBrandsWorkflow } from "../../product-brand/workflows/refresh-product-brands"
import { publishCharterStep } from "../steps/publish-charter"

export type PublishCharterInput = { id: string }

export const publishCharterWorkflowId = "publish-charter"

export const publishCharterWorkflow = createWorkflow(publishCharterWorkflowId, (input: PublishCharterInput) => {
  const charter = publishCharterStep(input)
  // Criteria titles (and which criteria still exist) are part of every product's mark.
  refreshProductBrandsWorkflow.runAsStep({ input: { all: true } })
  emitEventStep({
    eventName: BrandEvents.CHARTER_PUBLISHED,
    data: transform({ charter }, ({ charter }) => ({ id: charter.id, version: charter.version })),
  })
  return new WorkflowResponse(charter)
})
