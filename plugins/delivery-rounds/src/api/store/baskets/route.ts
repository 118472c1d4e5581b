import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { basketsOfCustomer } from "../../../lib/basket-view"
import { saveBasketWorkflow } from "../../../workflows/basket/workflows/save-basket"
import type { StoreCreateBasket } from "./validators"

/** GET /store/baskets → { baskets }: the signed-in resident's own, with their next rounds and history. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ baskets: await basketsOfCustomer(req.scope, req.auth_context.actor_id, undefined, req.locale) })
}

/** POST /store/baskets { cart_id? | lines, cadence, delivery, address | pickup_point_id } → { basket } */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateBasket>, res: MedusaResponse) => {
  const customer_id = req.auth_context.actor_id
  const sales_channel_id = (req as any).publishable_key_context?.sales_channel_ids?.[0] ?? null
  const { result } = await saveBasketWorkflow(req.scope).run({ input: { customer_id, sales_channel_id, patch: req.validatedBody } })
  const [basket] = await basketsOfCustomer(req.scope, customer_id, result.id, req.locale)
  res.status(201).json({ basket })
}
