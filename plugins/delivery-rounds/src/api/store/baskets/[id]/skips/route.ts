import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { basketsOfCustomer } from "../../../../../lib/basket-view"
import { setBasketSkipWorkflow } from "../../../../../workflows/basket/workflows/set-basket-skip"
import type { StoreSkipBasketRound } from "../../validators"

/** POST /store/baskets/:id/skips { round_id } → { basket }: this round without the basket. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreSkipBasketRound>, res: MedusaResponse) => {
  const customer_id = req.auth_context.actor_id
  await setBasketSkipWorkflow(req.scope).run({ input: { customer_id, basket_id: req.params.id, round_id: req.validatedBody.round_id, skipped: true } })
  const [basket] = await basketsOfCustomer(req.scope, customer_id, req.params.id, req.locale)
  res.json({ basket })
}
