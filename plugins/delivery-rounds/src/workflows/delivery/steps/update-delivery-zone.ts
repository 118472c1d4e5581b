import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export type UpdateDeliveryZoneStepInput = { id: string } & Record<string, unknown>

export const updateDeliveryZoneStepId = "update-delivery-zone"

export const updateDeliveryZoneStep = createStep(
  updateDeliveryZoneStepId,
  async (input: UpdateDeliveryZoneStepInput, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const before = (await service.retrieveDeliveryZone(input.id)) as unknown as Record<string, unknown>
    const previous = Object.fromEntries(Object.keys(input).map((key) => [key, before[key]])) as UpdateDeliveryZoneStepInput
    const updated = await service.updateDeliveryZones(input as any)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.updateDeliveryZones(previous as any)
  }
)
