import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export const removeVendorMemberStepId = "remove-vendor-member"

/** Soft-deletes the member: the vendor context of every request looks the member up, so its old tokens stop at once. */
export const removeVendorMemberStep = createStep(
  removeVendorMemberStepId,
  async (input: { id: string }, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.softDeleteVendorMembers([input.id])
    return new StepResponse({ id: input.id }, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.restoreVendorMembers([id])
  }
)
