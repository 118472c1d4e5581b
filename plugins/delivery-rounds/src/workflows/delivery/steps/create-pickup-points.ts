import type { PickupPointInput } from "../workflows/create-pickup-points"
import { deliverySteps } from "./delivery-module-steps"

export type CreatePickupPointsStepInput = PickupPointInput[]

export const createPickupPointsStepId = "create-pickup-points"

export const createPickupPointsStep = deliverySteps.create(
  createPickupPointsStepId,
  (service, input: CreatePickupPointsStepInput) => service.createPickupPoints(input),
  (service, ids) => service.deletePickupPoints(ids)
)
