import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { orderDelivery } from "../../../../../lib/order-delivery"

/** GET /admin/orders/:id/delivery → { delivery } (null for an order that rides no round): its round, its stop's outcome. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const delivery = await orderDelivery(req.scope, req.params.id)
  if (delivery === undefined) throw refusal(MedusaError.Types.NOT_FOUND, "order_not_found", `Order ${req.params.id} was not found`, "id")
  res.json({ delivery })
}
