import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startBasketCardSetupWorkflow } from "../../../../../workflows/basket/workflows/start-basket-card-setup"

/**
 * POST /store/baskets/:id/card-setups → { card_setup: { id, client_secret } }: the browser saves the
 * resident's card with Stripe.js (confirmSetup), then chooses it for the basket
 * (POST /store/baskets/:id { payment: "saved_card", payment_method_id }).
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await startBasketCardSetupWorkflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id, basket_id: req.params.id } })
  res.status(201).json({ card_setup: { id: result.setup_intent_id, client_secret: result.client_secret } })
}
