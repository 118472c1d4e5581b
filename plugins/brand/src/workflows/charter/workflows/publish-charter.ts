import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BrandEvents } from "../../events"
import { publishCharterStep } from "../steps/publish-charter"

export type PublishCharterInput = { id: string }

export const publishCharterWorkflowId = "publish-charter"

export const publishCharterWorkflow = createWorkflow(publishCharterWorkflowId, (input: PublishCharterInput) => {
  const charter = publishCharterStep(input)
  emitEventStep({
    eventName: BrandEvents.CHARTER_PUBLISHED,
    data: transform({ charter }, ({ charter }) => ({ id: charter.id, version: charter.version })),
  })
  return new WorkflowResponse(charter)
})
