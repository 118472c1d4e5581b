import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const createBatchLimitStepId = "create-batch-limit"

export const createBatchLimitStep = createStep(
  createBatchLimitStepId,
  async (input: { vendor_id: string; name: string; quantity: number }, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const limit = await service.createBatchLimits(input)
    return new StepResponse(limit, limit.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.deleteBatchLimits(id)
  }
)
