import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const attachBatchClaimsStepId = "attach-delivery-round-batch-claims"

/** The units a checkout took now belong to its order (released if the order or a maker's part is cancelled). */
export const attachBatchClaimsStep = createStep(
  attachBatchClaimsStepId,
  async (input: { claim_ids: string[]; order_id: string }, { container }) => {
    if (!input.claim_ids.length) return new StepResponse(undefined, [] as string[])
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.updateBatchClaims(input.claim_ids.map((id) => ({ id, order_id: input.order_id })))
    return new StepResponse(undefined, input.claim_ids)
  },
  async (claimIds, { container }) => {
    if (!claimIds?.length) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.updateBatchClaims(claimIds.map((id) => ({ id, order_id: null })))
  }
)
