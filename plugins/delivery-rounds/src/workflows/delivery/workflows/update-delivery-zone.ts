import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { updateDeliveryZoneStep } from "../steps/update-delivery-zone"

export type UpdateDeliveryZoneInput = { id: string; name?: string; postal_codes?: string[]; polygon?: Record<string, unknown> | null }

export const updateDeliveryZoneWorkflowId = "update-delivery-zone"

export const updateDeliveryZoneWorkflow = createWorkflow(updateDeliveryZoneWorkflowId, (input: UpdateDeliveryZoneInput) => {
  const zone = updateDeliveryZoneStep(input)
  emitEventStep({ eventName: DeliveryEvents.ZONE_UPDATED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(zone)
})
