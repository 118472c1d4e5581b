import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export type CreateDeliveryZonesStepInput = Record<string, unknown>[]

export const createDeliveryZonesStepId = "create-delivery-zones"

export const createDeliveryZonesStep = createStep(
  createDeliveryZonesStepId,
  async (input: CreateDeliveryZonesStepInput, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const created = (await service.createDeliveryZones(input as any[])) as unknown as ({ id: string } & Record<string, any>)[]
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.deleteDeliveryZones(ids)
  }
)
