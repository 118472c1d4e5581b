import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import { toRoundWrite } from "../../../modules/delivery/round-refs"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { previousValues } from "../../../lib/previous-values"
import type { UpdateDeliveryRoundInput } from "../workflows/update-delivery-round"

export type UpdateDeliveryRoundStepInput = UpdateDeliveryRoundInput

export const updateDeliveryRoundStepId = "update-delivery-round"

export const updateDeliveryRoundStep = createStep(
  updateDeliveryRoundStepId,
  async (input: UpdateDeliveryRoundStepInput, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    // What the update changes, as it was (zones, pickup points and volunteers by id): the compensation puts it back.
    const before: Record<string, unknown> = await service.retrieveRoundWithRefs(input.id)
    const previous = previousValues(before, input)
    const updated = await service.updateDeliveryRounds(toRoundWrite(input))
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.updateDeliveryRounds(toRoundWrite(previous))
  }
)
