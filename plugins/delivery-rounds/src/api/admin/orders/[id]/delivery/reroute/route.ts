import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderDelivery } from "../../../../../../lib/order-delivery"
import { rerouteFailedOrderWorkflow } from "../../../../../../workflows/delivery/workflows/reroute-failed-order"
import type { AdminRerouteOrder } from "../../../validators"

/** POST /admin/orders/:id/delivery/reroute { round_id } → { delivery }: after a failed delivery, the order rides that round. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRerouteOrder>, res: MedusaResponse) => {
  await rerouteFailedOrderWorkflow(req.scope).run({ input: { order_id: req.params.id, round_id: req.validatedBody.round_id, coordinator_id: req.auth_context.actor_id } })
  res.json({ delivery: await orderDelivery(req.scope, req.params.id) })
}
