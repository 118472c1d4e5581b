import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { previousValues } from "../../../lib/previous-values"
import type { UpdateDeliveryZoneInput } from "../workflows/update-delivery-zone"

export type UpdateDeliveryZoneStepInput = UpdateDeliveryZoneInput

export const updateDeliveryZoneStepId = "update-delivery-zone"

export const updateDeliveryZoneStep = createStep(
  updateDeliveryZoneStepId,
  async (input: UpdateDeliveryZoneStepInput, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const before: Record<string, unknown> = await service.retrieveDeliveryZone(input.id)
    const previous = previousValues(before, input)
    const updated = await service.updateDeliveryZones(input)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.updateDeliveryZones(previous)
  }
)
