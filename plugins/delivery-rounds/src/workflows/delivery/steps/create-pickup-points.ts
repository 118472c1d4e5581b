import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import type { PickupPointInput } from "../workflows/create-pickup-points"

export type CreatePickupPointsStepInput = PickupPointInput[]

export const createPickupPointsStepId = "create-pickup-points"

export const createPickupPointsStep = createStep(
  createPickupPointsStepId,
  async (input: CreatePickupPointsStepInput, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const created = await service.createPickupPoints(input)
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.deletePickupPoints(ids)
  }
)
