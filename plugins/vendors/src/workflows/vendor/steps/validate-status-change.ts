import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { refusal } from "@rbv/kit"

export type VendorStatusAction = "approve" | "reject" | "suspend" | "reactivate"

// Which status each action may start from, and where it leads.
export const STATUS_TRANSITIONS: Record<VendorStatusAction, { from: string[]; to: string }> = {
  approve: { from: ["pending", "rejected"], to: "approved" },
  reject: { from: ["pending"], to: "rejected" },
  suspend: { from: ["approved"], to: "suspended" },
  reactivate: { from: ["suspended"], to: "approved" },
}

export const validateStatusChangeStepId = "validate-vendor-status-change"

export const validateStatusChangeStep = createStep(
  validateStatusChangeStepId,
  async (input: { vendor_id: string; action: VendorStatusAction; reason?: string | null }, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const vendor = await service.retrieveVendor(input.vendor_id)
    const rule = STATUS_TRANSITIONS[input.action]
    if (!rule.from.includes(vendor.status)) {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "status_change_refused", `A ${vendor.status} vendor cannot be ${input.action}d`)
    }
    if ((input.action === "reject" || input.action === "suspend") && !input.reason?.trim()) {
      throw refusal(MedusaError.Types.INVALID_DATA, "reason_required", "reason: say why, the artisan will read it", "reason")
    }
  }
)
