import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { basketPlacementOfCustomer } from "../../../../lib/basket-placement-view"

/** GET /store/basket-placements/:id → { placement }: the resident's own (404 otherwise), with what confirming its card payment needs. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ placement: await basketPlacementOfCustomer(req.scope, req.auth_context.actor_id, req.params.id) })
}
