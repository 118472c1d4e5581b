import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import { toRoundWrite } from "../../../modules/delivery/round-refs"
import type DeliveryModuleService from "../../../modules/delivery/service"
import type { DeliveryRoundInput } from "../workflows/create-delivery-rounds"

export type CreateDeliveryRoundsStepInput = DeliveryRoundInput[]

export const createDeliveryRoundsStepId = "create-delivery-rounds"

export const createDeliveryRoundsStep = createStep(
  createDeliveryRoundsStepId,
  async (input: CreateDeliveryRoundsStepInput, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const created = await service.createDeliveryRounds(input.map(toRoundWrite))
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.deleteDeliveryRounds(ids)
  }
)
