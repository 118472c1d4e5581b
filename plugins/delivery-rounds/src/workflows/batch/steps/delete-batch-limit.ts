import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const deleteBatchLimitStepId = "delete-batch-limit"

/** The maker no longer limits these products; soft-deleted so the compensation can restore it. */
export const deleteBatchLimitStep = createStep(
  deleteBatchLimitStepId,
  async (input: { id: string }, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.softDeleteBatchLimits(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.restoreBatchLimits(id)
  }
)
