import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { residentDeliveries } from "../delivery-view"

// GET /store/delivery-rounds/orders/:order_id → the round an order rides with and how its delivery
// went; for the resident who placed it only (see residentOrderOnly in middlewares.ts).
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const [delivery] = await residentDeliveries(req.scope, [req.params.order_id])
  if (!delivery) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.order_id} has no delivery round`)
  const { order_id: _id, ...rest } = delivery
  res.json({ delivery: rest })
}
