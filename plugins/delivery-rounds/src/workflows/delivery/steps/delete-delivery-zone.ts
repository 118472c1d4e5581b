import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const deleteDeliveryZoneStepId = "delete-delivery-zone"

/** Soft-deletes a zone; the compensation restores it. */
export const deleteDeliveryZoneStep = createStep(
  deleteDeliveryZoneStepId,
  async (input: { id: string }, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.softDeleteDeliveryZones(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.restoreDeliveryZones(id)
  }
)
