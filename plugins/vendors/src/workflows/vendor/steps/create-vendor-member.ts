import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { refusal } from "@rbv/kit"

export type CreateVendorMemberStepInput = {
  vendor_id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  role: "owner" | "member"
}

export const createVendorMemberStepId = "create-vendor-member"

export const createVendorMemberStep = createStep(
  createVendorMemberStepId,
  async (input: CreateVendorMemberStepInput, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const [existing] = await service.listVendorMembers({ email: input.email }, { take: 1 })
    if (existing) throw refusal(MedusaError.Types.DUPLICATE_ERROR, "email_taken", `${input.email} already belongs to a shop`, "email")
    const member = await service.createVendorMembers(input)
    return new StepResponse(member, member.id)
  },
  async (memberId, { container }) => {
    if (!memberId) return
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.deleteVendorMembers(memberId)
  }
)
