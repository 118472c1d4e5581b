import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelOrderBeforeCutoffWorkflow } from "../../../../../../workflows/delivery/workflows/cancel-order-before-cutoff"
import { residentDeliveries } from "../../delivery-view"

// POST /store/delivery-rounds/orders/:order_id/cancel → the resident's own order cancelled before its
// round's cutoff (residentOrderOnly in middlewares.ts); answers the delivery as GET does, now cancelled.
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const actor = (req as { auth_context?: { actor_id?: string } }).auth_context?.actor_id
  await cancelOrderBeforeCutoffWorkflow(req.scope).run({ input: { order_id: req.params.order_id, canceled_by: actor } })
  const [{ order_id: _id, ...delivery }] = await residentDeliveries(req.scope, [req.params.order_id])
  res.json({ delivery })
}
