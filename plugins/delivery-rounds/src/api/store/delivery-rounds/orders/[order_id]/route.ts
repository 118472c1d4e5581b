import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { residentDeliveries } from "../delivery-view"

// GET /store/delivery-rounds/orders/:order_id → the round an order rides with and how its delivery
// went; for the resident who placed it only (see residentOrderOnly in middlewares.ts).
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const [delivery] = await residentDeliveries(req.scope, [req.params.order_id])
  if (!delivery) throw refusal(MedusaError.Types.NOT_FOUND, "order_not_found", `Order ${req.params.order_id} has no delivery round`, "order_id")
  const { order_id: _id, ...rest } = delivery
  res.json({ delivery: rest })
}
