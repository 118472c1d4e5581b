import type { UpdatePickupPointInput } from "../workflows/update-pickup-point"
import { deliverySteps } from "./delivery-module-steps"

export type UpdatePickupPointStepInput = UpdatePickupPointInput

export const updatePickupPointStepId = "update-pickup-point"

export const updatePickupPointStep = deliverySteps.update(
  updatePickupPointStepId,
  (service, id) => service.retrievePickupPoint(id),
  (service, input: UpdatePickupPointStepInput) => service.updatePickupPoints(input)
)
