import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { basketsOfCustomer } from "../../../../../../lib/basket-view"
import { setBasketSkipWorkflow } from "../../../../../../workflows/basket/workflows/set-basket-skip"

/** DELETE /store/baskets/:id/skips/:round_id → { basket }: the basket goes into that round again. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customer_id = req.auth_context.actor_id
  await setBasketSkipWorkflow(req.scope).run({ input: { customer_id, basket_id: req.params.id, round_id: req.params.round_id, skipped: false } })
  const [basket] = await basketsOfCustomer(req.scope, customer_id, req.params.id, req.locale)
  res.json({ basket })
}
