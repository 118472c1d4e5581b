import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export type UpdatePickupPointStepInput = { id: string } & Record<string, unknown>

export const updatePickupPointStepId = "update-pickup-point"

export const updatePickupPointStep = createStep(
  updatePickupPointStepId,
  async (input: UpdatePickupPointStepInput, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const before = (await service.retrievePickupPoint(input.id)) as unknown as Record<string, unknown>
    const previous = Object.fromEntries(Object.keys(input).map((key) => [key, before[key]])) as UpdatePickupPointStepInput
    const updated = await service.updatePickupPoints(input as any)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.updatePickupPoints(previous as any)
  }
)
