import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { basketsOfCustomer } from "../../../../lib/basket-view"
import { deleteBasketWorkflow } from "../../../../workflows/basket/workflows/delete-basket"
import { saveBasketWorkflow } from "../../../../workflows/basket/workflows/save-basket"
import type { StoreUpdateBasket } from "../validators"

const ownBasket = async (req: AuthenticatedMedusaRequest<any>) => {
  const [basket] = await basketsOfCustomer(req.scope, req.auth_context.actor_id, req.params.id, req.locale)
  if (!basket) throw refusal(MedusaError.Types.NOT_FOUND, "basket_not_found", `Basket ${req.params.id} was not found`, "id")
  return basket
}

/** GET /store/baskets/:id → { basket } (another resident's basket answers 404, as a missing one). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ basket: await ownBasket(req) })
}

/** POST /store/baskets/:id { lines?, cadence?, delivery?, address?, pickup_point_id?, status? } → { basket } */
export const POST = async (req: AuthenticatedMedusaRequest<StoreUpdateBasket>, res: MedusaResponse) => {
  await saveBasketWorkflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id, basket_id: req.params.id, patch: req.validatedBody } })
  res.json({ basket: await ownBasket(req) })
}

/** DELETE /store/baskets/:id → { id, object, deleted } */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteBasketWorkflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id, basket_id: req.params.id } })
  res.json({ id: req.params.id, object: "basket", deleted: true })
}
