import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmBasketPlacement } from "../../../../../lib/basket-confirmation"
import { basketPlacementOfCustomer } from "../../../../../lib/basket-placement-view"

/**
 * POST /store/basket-placements/:id/confirm → { placement }: after the resident confirmed the card
 * payment with their bank (Stripe.js), the basket's order is placed — or, the round closed or full,
 * released and told (the placement says `failed` and why).
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await confirmBasketPlacement(req.scope, req.auth_context.actor_id, req.params.id)
  res.json({ placement: await basketPlacementOfCustomer(req.scope, req.auth_context.actor_id, req.params.id) })
}
