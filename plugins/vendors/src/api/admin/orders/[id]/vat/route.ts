import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { orderVatView } from "../../../../../lib/order-vat-view"

/** An order's VAT per rate, rounded line by line as the receipts state it (lib/order-vat-view). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const view = await orderVatView(req.scope, req.params.id)
  if (!view) throw refusal(MedusaError.Types.NOT_FOUND, "order_not_found", `Order ${req.params.id} was not found`, "id")
  res.json({ vat: view })
}
