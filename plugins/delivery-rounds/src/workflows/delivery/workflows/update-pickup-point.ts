import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { updatePickupPointStep } from "../steps/update-pickup-point"
import type { PickupPointInput } from "./create-pickup-points"

export type UpdatePickupPointInput = { id: string } & Partial<PickupPointInput>

export const updatePickupPointWorkflowId = "update-pickup-point"

export const updatePickupPointWorkflow = createWorkflow(updatePickupPointWorkflowId, (input: UpdatePickupPointInput) => {
  const point = updatePickupPointStep(input)
  emitEventStep({ eventName: DeliveryEvents.PICKUP_POINT_UPDATED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(point)
})
