import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCashCollectionWorkflow } from "../../../../../workflows/payout/workflows/record-cash-collection"
import type { AdminRecordCash } from "../../../../vendor/payouts/validators"

/** Cash taken at the door for a pay-on-delivery order (amount in cents). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRecordCash>, res: MedusaResponse) => {
  const { result } = await recordCashCollectionWorkflow(req.scope).run({
    input: { order_id: req.params.id, amount: req.validatedBody.amount, collected_by: req.auth_context.actor_id },
  })
  res.json({ cash_collection: result })
}
