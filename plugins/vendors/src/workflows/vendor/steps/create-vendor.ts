import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { refusal } from "@rbv/kit"

export type CreateVendorStepInput = {
  handle: string
  name: string
  craft: string
  story?: string | null
  email: string
  phone?: string | null
  address_1: string
  postal_code: string
  city?: string
  lat?: number | null
  lng?: number | null
  logo_url?: string | null
  mail_locale?: "it" | "en"
  status?: "pending" | "approved"
}

export const createVendorStepId = "create-vendor"

export const createVendorStep = createStep(
  createVendorStepId,
  async (input: CreateVendorStepInput, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const [taken] = await service.listVendors({ handle: input.handle }, { take: 1 })
    if (taken) throw refusal(MedusaError.Types.DUPLICATE_ERROR, "handle_taken", `The shop address "${input.handle}" is already taken`, "handle")
    const vendor = await service.createVendors(input)
    return new StepResponse(vendor, vendor.id)
  },
  async (vendorId, { container }) => {
    if (!vendorId) return
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.deleteVendors(vendorId)
  }
)
