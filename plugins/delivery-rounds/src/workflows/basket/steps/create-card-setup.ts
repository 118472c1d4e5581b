import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { CARD_PROVIDER_ID } from "../../../lib/basket-card"

export const createCardSetupStepId = "create-basket-card-setup"

/**
 * Medusa's "save a payment method" for the resident's account holder: with Stripe, a SetupIntent
 * for off-session use, which the browser confirms with Stripe.js (the card number never reaches
 * us). Its client secret is for the resident's browser only.
 */
export const createCardSetupStep = createStep(createCardSetupStepId, async (input: { account_holder: Record<string, unknown>; basket_id: string }, { container }) => {
  const payment = container.resolve(Modules.PAYMENT)
  const method: any = await payment.createPaymentMethods({
    provider_id: CARD_PROVIDER_ID,
    context: { account_holder: input.account_holder },
    data: { payment_method_types: ["card"], usage: "off_session", metadata: { basket_id: input.basket_id } },
  } as any)
  const data = method.data ?? {}
  return new StepResponse({ setup_intent_id: method.id, client_secret: data.client_secret as string, status: data.status as string })
})
