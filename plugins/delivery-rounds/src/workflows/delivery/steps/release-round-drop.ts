import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const releaseRoundDropStepId = "release-delivery-round-drop"

export const releaseRoundDropStep = createStep(
  releaseRoundDropStepId,
  async (input: { round_id: string | null }, { container }) => {
    if (!input.round_id) return new StepResponse(false, null)
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const released = await service.releaseDrop(input.round_id)
    return new StepResponse(released, released ? input.round_id : null)
  },
  async (roundId, { container }) => {
    if (!roundId) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.takeDrop(roundId)
  }
)
