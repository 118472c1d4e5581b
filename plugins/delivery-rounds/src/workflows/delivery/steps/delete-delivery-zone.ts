import { deliverySteps } from "./delivery-module-steps"

export const deleteDeliveryZoneStepId = "delete-delivery-zone"

/** Soft-deletes a zone; the compensation restores it. */
export const deleteDeliveryZoneStep = deliverySteps.softDelete(
  deleteDeliveryZoneStepId,
  (service, id) => service.softDeleteDeliveryZones(id),
  (service, id) => service.restoreDeliveryZones(id)
)
