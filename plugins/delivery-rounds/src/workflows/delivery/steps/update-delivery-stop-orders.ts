import { createRestorableUpdateStep } from "./restorable-update"

export const updateDeliveryStopOrdersStepId = "update-delivery-stop-orders"

/** Updates the orders riding with stops (cash collected, cancelled); the compensation puts the fields back. */
export const updateDeliveryStopOrdersStep = createRestorableUpdateStep(updateDeliveryStopOrdersStepId, (service) => ({
  list: (filters, config) => service.listDeliveryStopOrders(filters, config),
  update: (updates) => service.updateDeliveryStopOrders(updates as any),
}))
