import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../modules/vendor"
import type VendorModuleService from "../../modules/vendor/service"
import { refusal } from "@rbv/kit"

export type VendorContext = {
  member: { id: string; email: string; role: "owner" | "member"; first_name: string | null; last_name: string | null }
  vendor: { id: string; status: string; handle: string; name: string }
}

export type VendorRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { vendor_context: VendorContext }

// A suspended or rejected shop can still read its own status (GET /vendor/me) and nothing else.
const READABLE_WHEN_BLOCKED = new Set(["GET /vendor/me"])

export async function loadVendorContext(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const service: VendorModuleService = req.scope.resolve(VENDOR_MODULE)
  const [member] = await service.listVendorMembers({ id: req.auth_context.actor_id }, { relations: ["vendor"], take: 1 })
  if (!member) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized"))
  }
  const blocked = member.vendor.status === "suspended" || member.vendor.status === "rejected"
  if (blocked && !READABLE_WHEN_BLOCKED.has(`${req.method} ${req.baseUrl}${req.path}`.replace(/\/$/, ""))) {
    return next(refusal(MedusaError.Types.FORBIDDEN, "shop_blocked", `The shop is ${member.vendor.status}: only its status can be read`))
  }
  ;(req as VendorRequest).vendor_context = {
    member: {
      id: member.id,
      email: member.email,
      role: member.role,
      first_name: member.first_name,
      last_name: member.last_name,
    },
    vendor: { id: member.vendor.id, status: member.vendor.status, handle: member.vendor.handle, name: member.vendor.name },
  }
  next()
}

export function requireOwner(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if ((req as VendorRequest).vendor_context?.member.role !== "owner") {
    return next(refusal(MedusaError.Types.NOT_ALLOWED, "owner_only", "Only the shop's owners can do this"))
  }
  next()
}
