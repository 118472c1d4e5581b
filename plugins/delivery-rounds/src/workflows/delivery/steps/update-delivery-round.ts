import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export type UpdateDeliveryRoundStepInput = { id: string } & Record<string, unknown>

export const updateDeliveryRoundStepId = "update-delivery-round"

export const updateDeliveryRoundStep = createStep(
  updateDeliveryRoundStepId,
  async (input: UpdateDeliveryRoundStepInput, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const before = (await service.retrieveDeliveryRound(input.id)) as unknown as Record<string, unknown>
    const previous = Object.fromEntries(Object.keys(input).map((key) => [key, before[key]])) as UpdateDeliveryRoundStepInput
    const updated = await service.updateDeliveryRounds(input as any)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.updateDeliveryRounds(previous as any)
  }
)
