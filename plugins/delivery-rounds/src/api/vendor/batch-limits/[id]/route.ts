import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { batchLimitsOfVendor } from "../../../../lib/batch-view"
import { deleteBatchLimitWorkflow } from "../../../../workflows/batch/workflows/delete-batch-limit"
import { updateBatchLimitWorkflow } from "../../../../workflows/batch/workflows/update-batch-limit"
import { shopOfRequest } from "@rbv/kit"
import type { VendorUpdateBatchLimit } from "../validators"

/** POST /vendor/batch-limits/:id { name?, quantity?, product_ids? } → { batch_limit } */
export const POST = async (req: AuthenticatedMedusaRequest<VendorUpdateBatchLimit>, res: MedusaResponse) => {
  const vendor_id = shopOfRequest(req).id
  await updateBatchLimitWorkflow(req.scope).run({ input: { vendor_id, id: req.params.id, ...req.validatedBody } })
  const [batch_limit] = await batchLimitsOfVendor(req.scope, vendor_id, req.params.id)
  res.json({ batch_limit })
}

/** DELETE /vendor/batch-limits/:id → { id, object, deleted } */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteBatchLimitWorkflow(req.scope).run({ input: { vendor_id: shopOfRequest(req).id, id: req.params.id } })
  res.json({ id: req.params.id, object: "batch_limit", deleted: true })
}
