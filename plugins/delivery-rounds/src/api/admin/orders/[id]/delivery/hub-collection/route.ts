import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderDelivery } from "../../../../../../lib/order-delivery"
import { recordHubCollectionWorkflow } from "../../../../../../workflows/delivery/workflows/record-hub-collection"
import type { AdminRecordHubCollection } from "../../../validators"

/** POST /admin/orders/:id/delivery/hub-collection { amount } (cents) → { delivery }: collected at the hub after a failed delivery. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRecordHubCollection>, res: MedusaResponse) => {
  await recordHubCollectionWorkflow(req.scope).run({ input: { order_id: req.params.id, amount: req.validatedBody.amount, coordinator_id: req.auth_context.actor_id } })
  res.json({ delivery: await orderDelivery(req.scope, req.params.id) })
}
