import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { orderParts } from "../../../../../lib/order-parts"

/** A resident's order's makers' parts, or a part's resident order: the coordinators' view in the admin. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const view = await orderParts(req.scope, req.params.id)
  if (!view) throw refusal(MedusaError.Types.NOT_FOUND, "order_not_found", `Order ${req.params.id} was not found`, "id")
  res.json(view)
}
