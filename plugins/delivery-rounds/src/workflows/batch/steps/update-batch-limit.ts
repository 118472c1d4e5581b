import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const updateBatchLimitStepId = "update-batch-limit"

type Patch = { id: string; name?: string; quantity?: number }

/** Renames a limit or changes its quantity per round (units already taken stay taken); compensation restores it. */
export const updateBatchLimitStep = createStep(
  updateBatchLimitStepId,
  async (input: Patch, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const before = await service.retrieveBatchLimit(input.id)
    const updated = await service.updateBatchLimits(input)
    return new StepResponse(updated, { id: before.id, name: before.name, quantity: before.quantity })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.updateBatchLimits(previous)
  }
)
