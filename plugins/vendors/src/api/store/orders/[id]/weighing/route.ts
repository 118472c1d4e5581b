import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readOrderWeighing } from "../../../../../lib/read-order-weighing"

/**
 * GET /store/orders/:id/weighing → the resident's lines sold by weight: each line's estimate and
 * the most it can cost (the tolerance agreed when ordering), the real weight once weighed, the
 * most the order can come to, and what the card authorised and captured. The resident's own
 * order only (the same guard as the order itself).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ weighing: await readOrderWeighing(req.scope, req.params.id) })
}
