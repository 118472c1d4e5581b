import type { MedusaResponse } from "@medusajs/framework/http"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import type { VendorRequest } from "../../utils/vendor-context"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const service: VendorModuleService = req.scope.resolve(VENDOR_MODULE)
  const { from, to } = req.validatedQuery as { from?: Date; to?: Date }
  res.json({ statement: await service.statementFor(req.vendor_context.vendor.id, { from, to }) })
}
