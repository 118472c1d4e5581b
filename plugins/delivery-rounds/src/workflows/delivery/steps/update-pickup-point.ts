import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { previousValues } from "../../../lib/previous-values"
import type { UpdatePickupPointInput } from "../workflows/update-pickup-point"

export type UpdatePickupPointStepInput = UpdatePickupPointInput

export const updatePickupPointStepId = "update-pickup-point"

export const updatePickupPointStep = createStep(
  updatePickupPointStepId,
  async (input: UpdatePickupPointStepInput, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const before: Record<string, unknown> = await service.retrievePickupPoint(input.id)
    const previous = previousValues(before, input)
    const updated = await service.updatePickupPoints(input)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.updatePickupPoints(previous)
  }
)
