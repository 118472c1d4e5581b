import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { refusal } from "@rbv/kit"

export const validateVendorCanSellStepId = "validate-vendor-can-sell"

/** Only approved shops put products on sale; pending ones wait for the coordinators. */
export const validateVendorCanSellStep = createStep(
  validateVendorCanSellStepId,
  async (input: { vendor_id: string }, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const vendor = await service.retrieveVendor(input.vendor_id)
    if (vendor.status !== "approved") {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "shop_not_approved", `The shop is ${vendor.status}: products can be listed once it is approved`)
    }
  }
)
