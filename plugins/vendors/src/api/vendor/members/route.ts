import type { MedusaResponse } from "@medusajs/framework/http"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import type { VendorRequest } from "../../utils/vendor-context"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const service: VendorModuleService = req.scope.resolve(VENDOR_MODULE)
  const vendorId = req.vendor_context.vendor.id
  const members = await service.listVendorMembers({ vendor_id: vendorId }, { order: { created_at: "ASC" } })
  const invites = await service.listVendorInvites({ vendor_id: vendorId, accepted_at: null }, { select: ["id", "email", "role", "expires_at"] })
  res.json({ members, invites })
}
