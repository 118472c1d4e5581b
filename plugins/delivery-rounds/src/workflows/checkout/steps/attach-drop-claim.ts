import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const attachDropClaimStepId = "attach-delivery-round-drop-claim"

/** The drop a cart claimed now belongs to its order (no sweep releases it); none when the order joined a stop already there. */
export const attachDropClaimStep = createStep(
  attachDropClaimStepId,
  async (input: { round_id: string; cart_id: string; order_id: string }, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const [claim] = await service.listDeliveryDropClaims({ round_id: input.round_id, cart_id: input.cart_id, order_id: null }, { take: 1 })
    if (!claim) return new StepResponse(undefined, null as string | null)
    await service.updateDeliveryDropClaims({ id: claim.id, order_id: input.order_id })
    return new StepResponse(undefined, claim.id as string | null)
  },
  async (claimId, { container }) => {
    if (!claimId) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.updateDeliveryDropClaims({ id: claimId, order_id: null })
  }
)
