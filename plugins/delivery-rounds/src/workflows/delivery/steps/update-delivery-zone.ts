import type { UpdateDeliveryZoneInput } from "../workflows/update-delivery-zone"
import { deliverySteps } from "./delivery-module-steps"

export type UpdateDeliveryZoneStepInput = UpdateDeliveryZoneInput

export const updateDeliveryZoneStepId = "update-delivery-zone"

export const updateDeliveryZoneStep = deliverySteps.update(
  updateDeliveryZoneStepId,
  (service, id) => service.retrieveDeliveryZone(id),
  (service, input: UpdateDeliveryZoneStepInput) => service.updateDeliveryZones(input)
)
