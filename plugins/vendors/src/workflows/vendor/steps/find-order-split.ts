import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export const findOrderSplitStepId = "find-order-split"

/** Whether a parent order was already split (its sale lines exist), so a replayed event does nothing. */
export const findOrderSplitStep = createStep(findOrderSplitStepId, async (input: { parent_order_id: string }, { container }) => {
  const service: VendorModuleService = container.resolve(VENDOR_MODULE)
  const lines = await service.listCommissionLines({ parent_order_id: input.parent_order_id, kind: "sale" }, { take: 1 })
  return new StepResponse(lines.length > 0)
})
