import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { createDeliveryZonesStep } from "../steps/create-delivery-zones"

export type CreateDeliveryZonesInput = { zones: { name: string; postal_codes: string[]; polygon?: Record<string, unknown> | null }[] }

export const createDeliveryZonesWorkflowId = "create-delivery-zones"

export const createDeliveryZonesWorkflow = createWorkflow(createDeliveryZonesWorkflowId, (input: CreateDeliveryZonesInput) => {
  const zones = createDeliveryZonesStep(input.zones)
  emitEventStep({
    eventName: DeliveryEvents.ZONE_CREATED,
    data: transform({ zones }, ({ zones }) => zones.map((z: { id: string }) => ({ id: z.id }))),
  })
  return new WorkflowResponse(zones)
})
