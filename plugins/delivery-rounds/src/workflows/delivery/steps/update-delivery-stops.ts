import { createRestorableUpdateStep, type RowUpdate } from "./restorable-update"

export type StopUpdate = RowUpdate

export const updateDeliveryStopsStepId = "update-delivery-stops"

/** Updates stops; the compensation puts back exactly the fields it changed. */
export const updateDeliveryStopsStep = createRestorableUpdateStep(updateDeliveryStopsStepId, (service) => ({
  list: (filters, config) => service.listDeliveryStops(filters, config),
  update: (updates) => service.updateDeliveryStops(updates as any),
}))
