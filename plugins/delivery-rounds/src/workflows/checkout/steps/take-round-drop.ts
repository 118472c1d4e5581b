import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const takeRoundDropStepId = "take-delivery-round-drop"

/**
 * Claims the round's drop for this cart, atomically; a full, closed or past-cutoff round refuses.
 * The same cart again keeps the claim it has. Compensation gives back a claim no order holds.
 */
export const takeRoundDropStep = createStep(
  takeRoundDropStepId,
  async (input: { round_id: string; cart_id: string }, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    if (!(await service.claimDrop(input.round_id, input.cart_id))) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This delivery round is full: choose another round or a pickup point", "round_full")
    }
    return new StepResponse(input, input)
  },
  async (claim, { container }) => {
    if (!claim) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.releaseDropClaim(claim.round_id, claim.cart_id)
  }
)
