import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

export const withdrawVariantsStepId = "withdraw-variants"

/**
 * Takes variants off sale and nothing else: their inventory items, reservations and price sets
 * stay, so the orders that still have to be delivered are fulfilled exactly as placed.
 */
export const withdrawVariantsStep = createStep(
  withdrawVariantsStepId,
  async (ids: string[], { container }) => {
    await container.resolve(Modules.PRODUCT).softDeleteProductVariants(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve(Modules.PRODUCT).restoreProductVariants(ids)
  }
)
