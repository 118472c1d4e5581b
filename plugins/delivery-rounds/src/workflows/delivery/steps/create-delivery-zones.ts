import type { CreateDeliveryZonesInput } from "../workflows/create-delivery-zones"
import { deliverySteps } from "./delivery-module-steps"

export type CreateDeliveryZonesStepInput = CreateDeliveryZonesInput["zones"]

export const createDeliveryZonesStepId = "create-delivery-zones"

export const createDeliveryZonesStep = deliverySteps.create(
  createDeliveryZonesStepId,
  (service, input: CreateDeliveryZonesStepInput) => service.createDeliveryZones(input),
  (service, ids) => service.deleteDeliveryZones(ids)
)
