import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { savedCardsOfCustomer } from "../../../lib/saved-cards-view"

/** GET /store/saved-cards → { saved_cards }: the resident's own saved cards (brand, last 4 digits, expiry) and the baskets each pays. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ saved_cards: await savedCardsOfCustomer(req.scope, req.auth_context.actor_id) })
}
