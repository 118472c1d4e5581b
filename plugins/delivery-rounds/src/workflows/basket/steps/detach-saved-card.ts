import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { CARD_PROVIDER_ID } from "../../../lib/basket-card"

export const detachSavedCardStepId = "detach-saved-card"

/** Medusa's payment module asks the Stripe provider to detach the card from the resident's Stripe customer (it cannot be charged again). */
export const detachSavedCardStep = createStep(detachSavedCardStepId, async (input: { payment_method_id: string; account_holder: Record<string, unknown> }, { container }) => {
  await container.resolve(Modules.PAYMENT).deletePaymentMethods({ id: input.payment_method_id, provider_id: CARD_PROVIDER_ID, context: { account_holder: input.account_holder } } as any)
  return new StepResponse(input.payment_method_id)
})
