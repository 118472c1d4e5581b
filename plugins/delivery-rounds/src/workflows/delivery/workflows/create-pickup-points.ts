import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { createPickupPointsStep } from "../steps/create-pickup-points"

export type PickupPointInput = {
  name: string
  address_1: string
  postal_code: string
  city?: string
  lat: number
  lng: number
  opening_hours?: Record<string, unknown> | null
  is_hub?: boolean
}
export type CreatePickupPointsInput = { pickup_points: PickupPointInput[] }

export const createPickupPointsWorkflowId = "create-pickup-points"

export const createPickupPointsWorkflow = createWorkflow(createPickupPointsWorkflowId, (input: CreatePickupPointsInput) => {
  const points = createPickupPointsStep(input.pickup_points)
  emitEventStep({
    eventName: DeliveryEvents.PICKUP_POINT_CREATED,
    data: transform({ points }, ({ points }) => points.map((p: { id: string }) => ({ id: p.id }))),
  })
  return new WorkflowResponse(points)
})
