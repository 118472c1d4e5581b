import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { deleteDeliveryZoneStep } from "../steps/delete-delivery-zone"
import { validateZoneUnusedStep } from "../steps/validate-zone-unused"

export type DeleteDeliveryZoneInput = { id: string }

export const deleteDeliveryZoneWorkflowId = "delete-delivery-zone"

export const deleteDeliveryZoneWorkflow = createWorkflow(deleteDeliveryZoneWorkflowId, (input: DeleteDeliveryZoneInput) => {
  validateZoneUnusedStep(input)
  const id = deleteDeliveryZoneStep(input)
  emitEventStep({ eventName: DeliveryEvents.ZONE_DELETED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(id)
})
