import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export type UpdateVendorStepInput = { id: string } & Record<string, unknown>

export const updateVendorStepId = "update-vendor"

export const updateVendorStep = createStep(
  updateVendorStepId,
  async (input: UpdateVendorStepInput, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const before = await service.retrieveVendor(input.id)
    const previous = Object.fromEntries(Object.keys(input).map((key) => [key, (before as Record<string, unknown>)[key]]))
    const vendor = await service.updateVendors(input)
    return new StepResponse(vendor, previous as UpdateVendorStepInput)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.updateVendors(previous)
  }
)
