import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { removeSavedCardWorkflow } from "../../../../workflows/basket/workflows/remove-saved-card"

const PAYMENT_METHOD_ID = /^pm_\w{1,100}$/

/**
 * DELETE /store/saved-cards/:id → { id, object, deleted, baskets_moved_to_pay_on_delivery, waiting_orders_released }:
 * the card detached from the resident's Stripe customer; the baskets it paid are paid on delivery from
 * now on; their orders still waiting for a confirmation with it are released (placement ids).
 */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  if (!PAYMENT_METHOD_ID.test(req.params.id)) throw refusal(MedusaError.Types.INVALID_DATA, "invalid_data", "id: a saved card (pm_…)", "id")
  const { result } = await removeSavedCardWorkflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id, payment_method_id: req.params.id } })
  res.json({ id: result.id, object: "saved_card", deleted: true, baskets_moved_to_pay_on_delivery: result.baskets_moved_to_pay_on_delivery, waiting_orders_released: result.waiting_orders_released })
}
