import { deliverySteps } from "../../delivery/steps/delivery-module-steps"

export const deleteBatchLimitStepId = "delete-batch-limit"

/** The maker no longer limits these products; soft-deleted so the compensation can restore it. */
export const deleteBatchLimitStep = deliverySteps.softDelete(
  deleteBatchLimitStepId,
  (service, id) => service.softDeleteBatchLimits(id),
  (service, id) => service.restoreBatchLimits(id)
)
