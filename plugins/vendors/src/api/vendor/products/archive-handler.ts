import type { MedusaResponse } from "@medusajs/framework/http"
import { setVendorProductArchivedWorkflow } from "../../../workflows/vendor/workflows/set-vendor-product-archived"
import type { VendorRequest } from "../../utils/vendor-context"
import { retrieveVendorProduct } from "./query"

/** POST /vendor/products/:id/archive and …/restore: the same workflow, one way or the other. */
export const archiveHandler = (archived: boolean) => async (req: VendorRequest, res: MedusaResponse) => {
  await setVendorProductArchivedWorkflow(req.scope).run({
    input: { vendor_id: req.vendor_context.vendor.id, product_id: req.params.id, archived },
  })
  res.json({ product: await retrieveVendorProduct(req.scope, req.vendor_context.vendor.id, req.params.id) })
}
