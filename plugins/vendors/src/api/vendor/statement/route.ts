import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../utils/vendor-context"
import { vendorStatement } from "./query"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const { from, to } = req.validatedQuery as { from?: Date; to?: Date }
  res.json({ statement: await vendorStatement(req.scope, req.vendor_context.vendor.id, { from, to }) })
}
