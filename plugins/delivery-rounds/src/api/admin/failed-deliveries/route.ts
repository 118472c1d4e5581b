import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { failedDeliveriesAwaitingResident } from "../../../lib/failed-deliveries"

// GET /admin/failed-deliveries → the orders whose delivery failed and that their residents do not have yet.
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ failed_deliveries: await failedDeliveriesAwaitingResident(req.scope) })
}
