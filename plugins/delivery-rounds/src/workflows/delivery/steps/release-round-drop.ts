import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const releaseRoundDropStepId = "release-delivery-round-drop"

/** Gives drops back to their rounds (a round listed twice gets two back); the compensation takes them again. */
export const releaseRoundDropStep = createStep(
  releaseRoundDropStepId,
  async (input: { round_ids: string[] }, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const released: string[] = []
    for (const id of input.round_ids) if (await service.releaseDrop(id)) released.push(id)
    return new StepResponse(released.length, released)
  },
  async (released, { container }) => {
    if (!released?.length) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    for (const id of released) await service.takeDrop(id)
  }
)
