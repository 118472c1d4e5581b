import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { residentDeliveries } from "./delivery-view"

// GET /store/delivery-rounds/orders → the signed-in resident's orders and how each travels (the account's order list).
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id"], filters: { customer_id: req.auth_context.actor_id } })
  res.json({ deliveries: await residentDeliveries(req.scope, orders.map((o: { id: string }) => o.id)) })
}
