import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import type { CreateDeliveryZonesInput } from "../workflows/create-delivery-zones"

export type CreateDeliveryZonesStepInput = CreateDeliveryZonesInput["zones"]

export const createDeliveryZonesStepId = "create-delivery-zones"

export const createDeliveryZonesStep = createStep(
  createDeliveryZonesStepId,
  async (input: CreateDeliveryZonesStepInput, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const created = await service.createDeliveryZones(input)
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.deleteDeliveryZones(ids)
  }
)
