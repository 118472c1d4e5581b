import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { batchLimitsOfVendor } from "../../../lib/batch-view"
import { createBatchLimitWorkflow } from "../../../workflows/batch/workflows/create-batch-limit"
import { shopOfRequest } from "@rbv/kit"
import type { VendorCreateBatchLimit } from "./validators"

/** GET /vendor/batch-limits → the maker's limits per round, with what each coming round has taken. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ batch_limits: await batchLimitsOfVendor(req.scope, shopOfRequest(req).id) })
}

/** POST /vendor/batch-limits { name, quantity, product_ids } → { batch_limit } */
export const POST = async (req: AuthenticatedMedusaRequest<VendorCreateBatchLimit>, res: MedusaResponse) => {
  const vendor_id = shopOfRequest(req).id
  const { result } = await createBatchLimitWorkflow(req.scope).run({ input: { vendor_id, ...req.validatedBody } })
  const [batch_limit] = await batchLimitsOfVendor(req.scope, vendor_id, result.id)
  res.status(201).json({ batch_limit })
}
