import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutsOf } from "../../vendor/payouts/query"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status, vendor_id, limit, offset } = req.validatedQuery as { status?: string; vendor_id?: string; limit: number; offset: number }
  const { payouts, count } = await payoutsOf(req.scope, { ...(status ? { status } : {}), ...(vendor_id ? { vendor_id } : {}) }, { limit, offset })
  res.json({ payouts, count, limit, offset })
}
