import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const takeRoundDropStepId = "take-delivery-round-drop"

/** Takes one drop atomically; a full, closed or past-cutoff round refuses. Compensation gives it back. */
export const takeRoundDropStep = createStep(
  takeRoundDropStepId,
  async (input: { round_id: string }, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    if (!(await service.takeDrop(input.round_id))) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This delivery round is full: choose another round or a pickup point", "round_full")
    }
    return new StepResponse(input.round_id, input.round_id)
  },
  async (roundId, { container }) => {
    if (!roundId) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.releaseDrop(roundId)
  }
)
